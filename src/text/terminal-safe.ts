/**
 * Text from a report or a file name, made safe to print on a terminal: control characters
 * (ESC, OSC's BEL, C1 controls such as U+009B, a terminal's CSI; a newline in a file name…)
 * would otherwise move the cursor, recolour, retitle the window or break the layout. Each
 * becomes a visible escape.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same but tab and line breaks, for output whose own syntax encodes those (GitHub's commands, HTML, multi-line errors). */
const NOT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** What JSON.stringify leaves raw: DEL and the C1 controls (it escapes only U+0000–U+001F). */
const RAW_IN_JSON = /[\u007f-\u009f]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');
const visible = (c: string) => NAMED[c] ?? `\\x${hex(c)}`;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Control characters made visible, but tab, line feed and carriage return kept. */
export function controlsVisible(text: string): string {
  return text.replace(NOT_LAYOUT, visible);
}

/** JSON text with DEL and C1 controls as \u escapes: the same JSON value, safe to print. */
export function jsonTerminalSafe(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u00${hex(c)}`);
}
