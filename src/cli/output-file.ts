import { type Stats, close, fchmodSync, fsync, mkdirSync, openSync, statSync, unlinkSync, write } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { dirname, resolve } from 'node:path';
import { configError } from '../config/errors.js';
import { systemReason } from '../i18n.js';

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether writing `target` would overwrite one of the reports read: the same path, or the same
 * file under another name — a symbolic link to it (the rename would replace the link, but
 * a reader of the link would lose the report) or a hard link.
 */
function isOneOf(target: string, inputs: string[]): boolean {
  const written = statOf(target);
  return inputs.some((input) => {
    if (input === target) return true;
    const read = written ? statOf(input) : undefined;
    return read !== undefined && read.dev === written!.dev && read.ino === written!.ino;
  });
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

const writeChunk = promisify(write);

async function writeAll(fd: number, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += (await writeChunk(fd, bytes, at, bytes.length - at)).bytesWritten;
}

/** Temporary files being written, removed if the process ends before they are renamed (a signal: see bin/xxgk-lint.js). */
const unfinished = new Set<string>();
process.on('exit', () => {
  for (const path of unfinished) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
});

/** The report for `-o`, written as it comes: into a temporary file beside the target, renamed onto it once whole. */
export interface OutputFile {
  write(text: string): Promise<void>;
  /** The report is whole: it replaces the target. */
  commit(): Promise<void>;
  /** The run failed: the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * Opens the report for `-o`: never over one of `inputs` (the files linted and --previous),
 * missing folders are created, a directory is refused, and the
 * file appears whole or not at all — a run that is interrupted or fails leaves the target
 * untouched and no temporary file (write-file-atomic's guarantee, for a report that is
 * written file by file as the run goes, so that it is never held whole in memory).
 */
export async function openOutputFile(cwd: string, name: string, inputs: string[]): Promise<OutputFile> {
  const path = resolve(cwd, name);
  const unwritable = (error: unknown) => configError('outputUnwritable', { name, code: systemReason(error) });
  if (isOneOf(path, inputs.map((f) => resolve(cwd, f)))) throw configError('outputIsInput', { name });
  if (/[/\\]$/.test(name) || statOf(path)?.isDirectory()) throw configError('outputIsDirectory', { name });
  // As write-file-atomic names it: the target's name and a suffix no input extension can be.
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}`;
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Created and recorded in one synchronous step: a signal cannot come between the two.
    fd = openSync(temp, 'wx');
    unfinished.add(temp);
    // A report written over an older one keeps its permissions, as write-file-atomic does.
    const mode = existingMode(path);
    if (mode !== undefined) fchmodSync(fd, mode);
  } catch (error) {
    throw unwritable(error);
  }
  const end = async (keep: boolean) => {
    try {
      await promisify(close)(fd);
      if (keep) await rename(temp, path);
    } finally {
      if (unfinished.delete(temp) && !keep) await unlink(temp).catch(() => {});
    }
  };
  return {
    async write(text) {
      try {
        await writeAll(fd, text);
      } catch (error) {
        await end(false);
        throw unwritable(error);
      }
    },
    async commit() {
      try {
        await promisify(fsync)(fd);
        await end(true);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw unwritable(error);
      }
    },
    abort: () => end(false),
  };
}
