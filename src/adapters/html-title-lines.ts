import { decodeHTML } from 'entities';

/**
 * The lines of a web page where its title can stand, read from the markup without parsing
 * it: each block element's text (an inline tag joins its text, a block tag or <br> ends a
 * line), whitespace collapsed as HTML does, character references decoded, and the content
 * of every <meta>. A superset of the lines the HTML adapter makes blocks and title hints of,
 * so that a peek at them rules a page out only when no line could be its title. References
 * are decoded by `entities`, the decoder parse5 (rehype-parse's tokenizer) uses.
 */

const BLOCK_TAGS =
  'address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul';
const BLOCK = new RegExp(`<\\/?(?:${BLOCK_TAGS})(?=[\\s/>])[^>]*>`, 'giu');
const TAG = /<[^>]*>/gu;
const COMMENT = /<!--[\s\S]*?-->/gu;
const META_CONTENT = /<meta\b[^>]*?\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;
/** HTML's own whitespace: what the adapter collapses (not U+3000 or U+00A0, which stay). */
const HTML_SPACE = /[ \t\n\f\r]+/gu;

export function htmlTitleLines(html: string): string[] {
  const text = html.replace(COMMENT, '');
  // A line break in the source is a space; only block tags end lines (NUL cannot be in the text).
  const raw = text.replace(BLOCK, '\u0000').replace(TAG, '').split('\u0000');
  for (const m of text.matchAll(META_CONTENT)) raw.push(m[1] ?? m[2] ?? '');
  const lines: string[] = [];
  for (const line of raw) {
    // Decoded first, as the parser does, then collapsed as the adapter does.
    const collapsed = decodeHTML(line).replace(HTML_SPACE, ' ').trim();
    if (!collapsed) continue;
    lines.push(collapsed);
    // An <h1> or <title> hint has every space collapsed (U+3000 too).
    const hint = collapsed.replace(/\s+/gu, ' ');
    if (hint !== collapsed) lines.push(hint);
  }
  return lines;
}
