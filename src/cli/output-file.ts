import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configError } from '../config/errors.js';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes the report for `-o`: missing folders are created, a directory is refused, and the
 * file appears whole or not at all. write-file-atomic writes beside the target and renames,
 * and removes its temporary file when anything fails, which a hand-rolled rename did not. It
 * writes asynchronously so that a signal (SIGINT, SIGTERM) is handled during the write: the
 * temporary file is removed and the run ends with the signal's exit code (see bin/xxgk-lint.js).
 */
export async function writeOutputFile(cwd: string, name: string, text: string): Promise<void> {
  const path = resolve(cwd, name);
  if (/[/\\]$/.test(name) || isDirectory(path)) throw configError('outputIsDirectory', { name });
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Loaded only for -o: most runs print to standard output.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(path, text);
  } catch (error) {
    throw configError('outputUnwritable', { name, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}
