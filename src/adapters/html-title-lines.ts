import { decodeHTML } from 'entities';

/**
 * The lines of a web page where its title can stand, read from the markup without parsing
 * it: each block element's text (an inline tag joins its text, a block tag or <br> ends a
 * line), whitespace collapsed as HTML does, character references decoded, and the content
 * of every <meta>. A superset of the lines the HTML adapter makes blocks and title hints of,
 * so that a peek at them rules a page out only when no line could be its title. References
 * are decoded by `entities`, the decoder parse5 (rehype-parse's tokenizer) uses.
 */

const BLOCK_TAGS = new Set(
  'address article aside blockquote body br caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr li main nav ol p pre section table tbody td tfoot th thead title tr ul'.split(' '),
);
const TAG_NAME = /\/?([a-z][a-z0-9:-]*)/iy;
const META_CONTENT = /\bcontent\s*=\s*["']/iu;
/** HTML's own whitespace: what the adapter collapses (not U+3000 or U+00A0, which stay). */
const HTML_SPACE = /[ \t\n\f\r]+/gu;

/**
 * The text between tags, split where a block tag stands, and each <meta>'s content. One pass
 * with indexOf rather than tag regexes: on a page of unclosed `<` or `<!--` a regex tries
 * again from every one of them (quadratic), where a missing `>` here ends the scan.
 */
function textRuns(html: string): string[] {
  const runs: string[] = [];
  let line = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    line += html.slice(at, open);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      // An unclosed comment runs to the end of the page, as HTML parses it.
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = open + 1;
    const name = TAG_NAME.exec(html);
    if (!name) {
      // A lone `<` is text.
      line += '<';
      at = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close < 0) {
      at = html.length;
      break;
    }
    const tag = name[1]!.toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      runs.push(line);
      line = '';
    } else if (tag === 'meta') {
      runs.push(...metaContent(html.slice(open, close)));
    }
    at = close + 1;
  }
  runs.push(line + html.slice(at));
  return runs;
}

function metaContent(tag: string): string[] {
  const m = META_CONTENT.exec(tag);
  if (!m) return [];
  const quote = tag[m.index + m[0].length - 1]!;
  const from = m.index + m[0].length;
  const to = tag.indexOf(quote, from);
  return to < 0 ? [] : [tag.slice(from, to)];
}

export function htmlTitleLines(html: string): string[] {
  const lines: string[] = [];
  for (const line of textRuns(html)) {
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
