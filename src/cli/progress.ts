import type { Locale } from '../types.js';
import { cliText } from './messages.js';

/** Where progress is drawn: standard error when it is a terminal. */
export interface ProgressTerminal {
  write: (text: string) => void;
  /** Its width, when known: a line wider than that would wrap and could not be redrawn in place. */
  columns?: number;
  /** Milliseconds, from any origin. */
  now: () => number;
}

/** A run shorter than this is over before a progress line could be read. */
const DELAY_MS = 1000;
/** Redrawing for every file of a cached run would cost more than the run. */
const INTERVAL_MS = 100;

/** CJK and full-width characters take two columns of a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function columnsOf(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

function duration(seconds: number, locale: Locale): string {
  if (seconds < 60) return cliText('progressSeconds', locale, { s: seconds });
  return cliText('progressMinutes', locale, { m: Math.floor(seconds / 60), s: String(seconds % 60).padStart(2, '0') });
}

/**
 * One line on standard error, redrawn in place: files done of all, files per second, time
 * left. It appears only once the run has lasted a second, and erases itself before the
 * report is printed.
 */
export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly start: number;

  constructor(
    private readonly total: number,
    private readonly terminal: ProgressTerminal,
    private readonly locale: Locale,
  ) {
    this.start = terminal.now();
  }

  /** One more file done. */
  tick(): void {
    this.done++;
    const now = this.terminal.now();
    if (this.done >= this.total || now - this.start < DELAY_MS || now - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = now;
    this.shown = true;
    this.terminal.write(`\r${this.line(now)}\x1b[K`);
  }

  /** Erases the line, if one was drawn. */
  clear(): void {
    if (this.shown) this.terminal.write('\r\x1b[K');
    this.shown = false;
  }

  private line(now: number): string {
    const rate = this.done / ((now - this.start) / 1000);
    const left = Math.ceil((this.total - this.done) / rate);
    const full = cliText('progressLine', this.locale, {
      done: this.done,
      total: this.total,
      rate: rate < 10 ? rate.toFixed(1) : Math.round(rate),
      left: duration(left, this.locale),
    });
    const { columns } = this.terminal;
    return columns === undefined || columnsOf(full) < columns ? full : `${this.done}/${this.total}`;
  }
}

/** Whether a CI service runs us (its logs keep every redraw): CI set to anything but false or 0. */
function inCi(env: NodeJS.ProcessEnv | undefined): boolean {
  const ci = env?.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export interface ProgressSetting {
  /** --progress (default) or --no-progress. */
  wanted: boolean;
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Progress for a run of `total` files, or none: not a terminal, --no-progress, CI, or a single file. */
export function progressFor(setting: ProgressSetting, total: number, terminal: ProgressTerminal, locale: Locale): Progress | undefined {
  if (!setting.wanted || !setting.stderrIsTTY || inCi(setting.env) || total < 2) return undefined;
  return new Progress(total, terminal, locale);
}
