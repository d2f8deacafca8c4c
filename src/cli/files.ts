import { existsSync, readFileSync, statSync } from 'node:fs';
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
function ignoreRules(cwd: string, ignorePatterns: string[]): (path: string) => boolean {
  const file = join(cwd, IGNORE_FILE);
  const hasFile = existsSync(file);
  // Nothing to ignore: node-ignore is not loaded (a single-file run is start-up bound).
  if (!hasFile && !ignorePatterns.length) return () => false;
  const ig: Ignore = (require('ignore') as (options?: object) => Ignore)();
  if (hasFile) ig.add(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  ig.add(ignorePatterns);
  return (path) => {
    const rel = relative(cwd, path);
    // Paths outside the working directory are beyond the patterns' reach, as in ESLint.
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return ig.ignores(rel.split(sep).join('/'));
  };
}

/**
 * A directory and a glob are searched the same way: supported extensions only, no dot-files,
 * no node_modules, and symbolic links are not followed (a named link is linted as a file).
 */
function search(pattern: string, cwd: string, extensions: string[]): string[] {
  return glob().globSync(pattern, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'] })
    .filter((f) => extensions.includes(extname(f).toLowerCase()))
    .map((f) => resolve(f));
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
    let info;
    try {
      info = statSync(path);
    } catch {
      info = undefined;
    }
    // A named file that is not a regular one (a FIFO, a device) is linted as a fatal message.
    if (info && !info.isDirectory()) {
      if (isIgnored(path)) ignored.push(path);
      else files.add(path);
      continue;
    }
    let matched: string[] = [];
    if (info?.isDirectory()) matched = search('**/*', path, extensions);
    else if (glob().isDynamicPattern(pattern)) matched = search(pattern, cwd, extensions);
    if (!matched.length) {
      throw info?.isDirectory() ? configError('noFilesInDirectory', { pattern, extensions: extensions.join(', ') }) : configError('noSuchFile', { pattern });
    }
    const kept = matched.filter((f) => !isIgnored(f));
    if (!kept.length) throw configError('allIgnored', { pattern, ignoreFile: IGNORE_FILE });
    for (const f of kept.sort()) files.add(f);
  }
  return { files: [...files], ignored };
}
