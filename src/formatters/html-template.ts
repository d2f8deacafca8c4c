import { controlsVisible } from '../text/terminal-safe.js';

/** Markup already escaped: what {@link html} returns, and the only thing it does not escape again. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe as element content and as a quoted attribute value (and on a terminal, its control characters visible). */
export function escapeHtml(text: string): string {
  return controlsVisible(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value (report text and file names are hostile
 * input) unless it is itself Markup; arrays are joined, and undefined, null and false print nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Markup(out);
}
