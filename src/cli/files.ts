import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ConfigError } from '../config/config.js';

const SKIP_DIRS = new Set(['node_modules']);

function walk(dir: string, extensions: string[], out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, extensions, out);
    else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/**
 * Files named on the command line: a file as it is (whatever its extension), a directory
 * as the supported files below it, a glob as its matches. A pattern that matches nothing
 * is a usage error, as in ESLint.
 */
export function expandPatterns(patterns: string[], extensions: string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let matched: string[] = [];
    let info;
    try {
      info = statSync(path);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) walk(path, extensions, matched);
    // A named file that is not a regular one (a FIFO, a device) is linted as a fatal message.
    else if (info) matched = [path];
    else if (isDynamicPattern(pattern)) matched = globSync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
    if (!matched.length) {
      throw new ConfigError(
        info?.isDirectory()
          ? `no files with extension ${extensions.join(', ')} in directory "${pattern}"`
          : `no such file or no files matching the pattern "${pattern}"`,
      );
    }
    for (const f of matched.sort()) files.add(f);
  }
  return [...files];
}
