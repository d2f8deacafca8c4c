import { createHash } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import type { LintOptions } from '../engine/linter.js';
import type { LintResult } from '../types.js';
import type { LookedUp, TracedLint } from './lint-file.js';

/**
 * How a cache tells that a file is unchanged: by a hash of its bytes (right wherever the
 * files come from: a fresh git clone in CI, a restore that keeps times), or, as ESLint's
 * default, by its size and modification time (no read, but a clone changes every time).
 */
export type CacheStrategy = 'content' | 'metadata';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['content', 'metadata'];

export const DEFAULT_CACHE_LOCATION = '.xxgklintcache';

/** Marks a file as ours, so that another tool's file or an older layout is never read as one. */
const TAG = 'xxgk-lint-cache';
const LAYOUT = 1;

interface Entry {
  /** The file's fingerprint when it was linted. */
  file: string;
  /** The hash of the settings it was linted with. */
  settings: string;
  result: LintResult;
  /** Whether the result carries the source (when it has messages): one that does serves a run that wants none, not the reverse. */
  withSource: boolean;
  lookedUp?: LookedUp;
  /** The files the previous-year lookup depended on, with their fingerprints. */
  deps: [string, string][];
}

export interface CacheOptions {
  /** The cache file (see cacheFilePath). */
  file: string;
  strategy: CacheStrategy;
  cwd: string;
  /** What every result depends on besides its file and settings: version, limits. */
  run: unknown;
  /** Whether results carry the source text (RunContext.withSource). */
  withSource: boolean;
  /** The files a lookup made under this agency and year depends on (PreviousYearFinder.dependencies). */
  dependencies: (filePath: string, lookedUp: LookedUp) => Promise<string[]>;
  /** A file larger than this is not hashed: its lint is a fatal message, never cached. */
  maxFileBytes: number;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 32);

/** JSON with object keys sorted, so that equal settings hash alike whatever order a config gave them in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * ESLint's rule for --cache-location: a path ending in a separator, or an existing directory,
 * holds a file named by a hash of the working directory; anything else is the file itself.
 */
export function cacheFilePath(location: string, cwd: string): string {
  const normalized = normalize(location);
  const path = resolve(cwd, normalized);
  let isDir = normalized.endsWith(sep) || location.endsWith('/');
  try {
    isDir ||= lstatSync(path).isDirectory();
  } catch {
    // Not there yet: a file, unless the name ends in a separator.
  }
  return isDir ? join(path, `.cache_${sha(cwd).slice(0, 12)}`) : path;
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry;
  return typeof e === 'object' && e !== null && typeof e.file === 'string' && typeof e.settings === 'string' && typeof e.withSource === 'boolean' &&
    typeof e.result === 'object' && e.result !== null && Array.isArray(e.result.messages) && Array.isArray(e.deps);
}

/** The entries of a cache file written by this version with these run settings; anything else is no cache. */
async function readEntries(file: string, run: string): Promise<Map<string, Entry>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { tag?: unknown; layout?: unknown; run?: unknown; entries?: unknown };
    if (data?.tag !== TAG || data.layout !== LAYOUT || data.run !== run || typeof data.entries !== 'object' || !data.entries) return new Map();
    return new Map(Object.entries(data.entries as Record<string, unknown>).filter((e): e is [string, Entry] => isEntry(e[1])));
  } catch {
    // Missing, unreadable, truncated or not JSON: start afresh; the file is rewritten at the end.
    return new Map();
  }
}

/**
 * Lint results kept between runs. A result is reused only when the file, the settings it was
 * linted with (rules, options, locale, --quiet, plugin files' contents), the run's settings
 * (xxgk-lint and Node versions, limits, whether results carry the source) and every file
 * its previous-year lookup depended on are as they were. Results with a fatal message are not
 * kept: here they may come from the machine (a parse deadline missed under load, a read
 * error), not from the file, and must not outlive the cause.
 */
export class LintCache {
  private readonly fingerprints = new Map<string, Promise<string | undefined>>();
  private readonly settingsKeys = new WeakMap<LintOptions, Promise<string>>();
  private readonly linted = new Set<string>();

  private constructor(
    private readonly options: CacheOptions,
    private readonly run: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(options: CacheOptions): Promise<LintCache> {
    const run = sha(stableJson({ run: options.run, node: process.version, strategy: options.strategy }));
    return new LintCache(options, run, await readEntries(options.file, run));
  }

  get file(): string {
    return this.options.file;
  }

  /**
   * The file's cached result if it still stands, else `lint()`'s, kept for the next run. As in
   * ESLint, a fixing run lints again a file whose cached result has messages (there may be
   * something to fix), and a result with fixed text (`output`) is not kept.
   */
  async lint(filePath: string, options: LintOptions, lint: () => Promise<TracedLint>, fixing = false): Promise<LintResult> {
    const path = resolve(this.options.cwd, filePath);
    const key = this.key(path);
    this.linted.add(key);
    const [file, settings] = await Promise.all([this.fingerprint(path), this.settingsKey(options)]);
    const entry = this.entries.get(key);
    const { withSource } = this.options;
    const usable = entry && file !== undefined && entry.file === file && entry.settings === settings && (entry.withSource || !withSource || !entry.result.messages.length);
    if (usable && !(fixing && entry.result.messages.length) && (await this.depsStand(path, entry))) {
      const result = { ...entry.result, filePath };
      if (!withSource) delete result.source;
      return result;
    }
    this.entries.delete(key);
    const traced = await lint();
    const { result } = traced;
    if (file === undefined || result.output !== undefined || result.fatalErrorCount > 0) return result;
    const deps = traced.lookedUp ? await this.fingerprintAll(await this.dependenciesOf(path, traced.lookedUp)) : [];
    this.entries.set(key, { file, settings, result, withSource, ...(traced.lookedUp ? { lookedUp: traced.lookedUp } : {}), deps });
    return result;
  }

  /** Writes the cache atomically: the entries of this run, and those of other files that still exist. */
  async save(): Promise<void> {
    const entries: Record<string, Entry> = {};
    for (const [key, entry] of this.entries) {
      if (this.linted.has(key) || existsSync(resolve(this.options.cwd, key))) entries[key] = entry;
    }
    await mkdir(dirname(this.options.file), { recursive: true });
    // Loaded only when a cache is written (--cache), as for -o and --fix.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(this.options.file, JSON.stringify({ tag: TAG, layout: LAYOUT, run: this.run, entries }));
  }

  /** Paths relative to the working directory, so that a cache restored in another checkout of the same tree still applies. */
  private key(path: string): string {
    return relative(this.options.cwd, path).split(sep).join('/');
  }

  private async depsStand(path: string, entry: Entry): Promise<boolean> {
    if (!entry.lookedUp) return entry.deps.length === 0;
    const now = await this.fingerprintAll(await this.dependenciesOf(path, entry.lookedUp));
    return stableJson(now) === stableJson(entry.deps);
  }

  private async dependenciesOf(path: string, lookedUp: LookedUp): Promise<string[]> {
    // The cache file, should it sit among the reports, is never one of their inputs.
    return (await this.options.dependencies(path, lookedUp)).filter((p) => p !== this.options.file);
  }

  private async fingerprintAll(paths: string[]): Promise<[string, string][]> {
    return Promise.all(paths.map(async (p): Promise<[string, string]> => [this.key(p), (await this.fingerprint(p)) ?? 'unreadable']));
  }

  /** Size and time, or a hash of the bytes; undefined for what is not a regular file within the size limit. Once per file per run. */
  private fingerprint(path: string): Promise<string | undefined> {
    let known = this.fingerprints.get(path);
    if (!known) {
      known = (async () => {
        try {
          const info = await stat(path);
          if (!info.isFile() || info.size > this.options.maxFileBytes) return undefined;
          return this.options.strategy === 'metadata' ? `${info.size}:${info.mtimeMs}` : sha(await readFile(path));
        } catch {
          return undefined;
        }
      })();
      this.fingerprints.set(path, known);
    }
    return known;
  }

  private settingsKey(options: LintOptions): Promise<string> {
    let key = this.settingsKeys.get(options);
    if (!key) {
      key = (async () => {
        const plugins = await Promise.all(
          [...(options.pluginFiles ?? new Map<string, string>())].sort(([a], [b]) => a.localeCompare(b)).map(async ([id, file]) => [id, file, sha(await readFile(file))]),
        );
        const settings = [...options.settings].sort(([a], [b]) => a.localeCompare(b));
        return sha(stableJson({ rules: [...options.rules.keys()].sort(), settings, locale: options.locale, quiet: options.quiet ?? false, plugins }));
      })();
      this.settingsKeys.set(options, key);
    }
    return key;
  }
}
