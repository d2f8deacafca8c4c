/**
 * Text from a report or a file name, made safe to print on a terminal: control characters
 * (ESC, OSC's BEL, C1 controls, a newline in a file name…) would otherwise move the cursor,
 * recolour, retitle the window or break the layout. Each becomes a visible escape.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
