import { mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/config.js';

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
 * and removes its temporary file when anything fails, which a hand-rolled rename did not.
 */
export function writeOutputFile(cwd: string, name: string, text: string): void {
  const path = resolve(cwd, name);
  if (/[/\\]$/.test(name) || isDirectory(path)) throw new ConfigError(`--output-file "${name}" is a directory; name a file to write the report to`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Loaded only for -o: most runs print to standard output.
    (createRequire(import.meta.url)('write-file-atomic') as typeof import('write-file-atomic')).sync(path, text);
  } catch (error) {
    throw new ConfigError(`--output-file "${name}" cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}
