import { type Stats, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configError } from '../config/config.js';
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
 * file under another name — a symbolic link to it (write-file-atomic writes through a link, to
 * the file it points at) or a hard link.
 */
function isOneOf(target: string, inputs: string[]): boolean {
  const written = statOf(target);
  return inputs.some((input) => {
    if (input === target) return true;
    const read = written ? statOf(input) : undefined;
    return read !== undefined && read.dev === written!.dev && read.ino === written!.ino;
  });
}

/**
 * Writes the report for `-o`: never over one of `inputs` (the files linted and --previous),
 * missing folders are created, a directory is refused, and the file appears whole or not at all. write-file-atomic writes beside the target and renames,
 * and removes its temporary file when anything fails, which a hand-rolled rename did not. It
 * writes asynchronously so that a signal (SIGINT, SIGTERM) is handled during the write: the
 * temporary file is removed and the run ends with the signal's exit code (see bin/xxgk-lint.js).
 */
export async function writeOutputFile(cwd: string, name: string, text: string, inputs: string[]): Promise<void> {
  const path = resolve(cwd, name);
  if (isOneOf(path, inputs.map((f) => resolve(cwd, f)))) throw configError('outputIsInput', { name });
  if (/[/\\]$/.test(name) || statOf(path)?.isDirectory()) throw configError('outputIsDirectory', { name });
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Loaded only for -o: most runs print to standard output.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(path, text);
  } catch (error) {
    throw configError('outputUnwritable', { name, code: systemReason(error) });
  }
}
