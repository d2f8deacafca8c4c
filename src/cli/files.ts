import { type Stats, existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { configError } from '../config/errors.js';

export const IGNORE_FILE = '.xxgklintignore';

// node-ignore and tinyglobby are loaded when a run has patterns to apply or a folder or glob to search.
const require = createRequire(import.meta.url);
const glob = () => require('tinyglobby') as typeof import('tinyglobby');

export interface Expanded {
  files: string[];
  /** Files named one by one that an ignore pattern covers: reported, not linted (as ESLint). */
  ignored: string[];
}

/**
 * What is not linted: `.xxgklintignore` in the working directory, `--ignore-pattern`s and
 * `!pattern` arguments, all in .gitignore syntax relative to the working directory
 * (node-ignore implements that syntax, negation included).
 */
function ignoreRules(cwd: string, ignorePatterns: string[]): (path: string, isDirectory?: boolean) => boolean {
  const file = join(cwd, IGNORE_FILE);
  const hasFile = existsSync(file);
  // Nothing to ignore: node-ignore is not loaded (a single-file run is start-up bound).
  if (!hasFile && !ignorePatterns.length) return () => false;
  const ig: Ignore = (require('ignore') as (options?: object) => Ignore)();
  if (hasFile) ig.add(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  ig.add(ignorePatterns);
  return (path, isDirectory = false) => {
    const rel = relative(cwd, path);
    // Paths outside the working directory are beyond the patterns' reach, as in ESLint.
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    // A directory is written with its slash, so that a pattern "dir/" covers it.
    return ig.ignores(rel.split(sep).join('/') + (isDirectory ? '/' : ''));
  };
}

interface Found {
  files: string[];
  /** Directories the search could not read (no permission): each is reported, never skipped in silence. */
  unreadable: string[];
}

/**
 * A directory and a glob are searched the same way: supported extensions only, no dot-files,
 * no node_modules, and symbolic links are not followed (a named link is linted as a file, so
 * a loop of links is never walked).
 */
function search(pattern: string, cwd: string, extensions: string[]): Found {
  const unreadable: string[] = [];
  // tinyglobby's walker (fdir) drops a directory it cannot read without a word: its reads are watched here.
  const fs = {
    readdirSync: ((path: string, options: object) => {
      try {
        return readdirSync(path, options as { withFileTypes: true });
      } catch (error) {
        unreadable.push(resolve(path));
        throw error;
      }
    }) as typeof readdirSync,
  };
  const files = glob().globSync(pattern, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'], fs })
    .filter((f) => extensions.includes(extname(f).toLowerCase()))
    .map((f) => resolve(f));
  return { files, unreadable };
}

/**
 * Whether nothing is at `path`. A link that leads nowhere or in a loop, or a file below a folder
 * without permission, is something: reading it then says why it cannot be read.
 */
export function isMissing(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** A named path that exists but cannot be looked at (no permission on a folder above, a loop of symbolic links). */
function statOf(path: string): { info?: Stats; unreadable: boolean } {
  try {
    return { info: statSync(path), unreadable: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { unreadable: code !== 'ENOENT' && code !== 'ENOTDIR' };
  }
}

/**
 * Files named on the command line: a file as it is (whatever its extension), a directory
 * as the supported files below it, a glob as its matches. `!pattern` excludes. A pattern
 * that matches nothing, or only ignored files, is a usage error, as in ESLint.
 */
export function expandPatterns(patterns: string[], extensions: string[], cwd = process.cwd(), ignorePatterns: string[] = []): Expanded {
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const isIgnored = ignoreRules(cwd, [...ignorePatterns, ...negated]);
  const files = new Set<string>();
  const ignored: string[] = [];
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const path = resolve(cwd, pattern);
    const { info, unreadable } = statOf(path);
    // A named file that is not a regular one (a FIFO, a device), or that cannot be looked at,
    // is linted as a fatal message saying why.
    if ((info && !info.isDirectory()) || (unreadable && !glob().isDynamicPattern(pattern))) {
      if (isIgnored(path)) ignored.push(path);
      else files.add(path);
      continue;
    }
    let found: Found = { files: [], unreadable: [] };
    if (info?.isDirectory()) found = search('**/*', path, extensions);
    else if (glob().isDynamicPattern(pattern)) found = search(pattern, cwd, extensions);
    if (!found.files.length && !found.unreadable.length) {
      throw info?.isDirectory() ? configError('noFilesInDirectory', { pattern, extensions: extensions.join(', ') }) : configError('noSuchFile', { pattern });
    }
    // A directory that cannot be read is linted too: the loader gives it a fatal message saying so.
    const kept = [...found.files.filter((f) => !isIgnored(f)), ...found.unreadable.filter((d) => !isIgnored(d, true))];
    if (!kept.length) throw configError('allIgnored', { pattern, ignoreFile: IGNORE_FILE });
    for (const f of kept.sort()) files.add(f);
  }
  return { files: [...files], ignored };
}
