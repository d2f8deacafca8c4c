import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';

/**
 * Runs of inline markup that hold no text, taken out before hast-util-to-mdast. Its whitespace
 * pass (hast-util-minify-whitespace) looks, for every node, along the siblings after it for the
 * first that decides whether white space there counts; empty inline elements and white space
 * decide nothing, so a run of them is scanned again from each of its nodes: in a paragraph of a
 * seed page 2,000 `<b></b>` took 21 s, 4,000 `<w:tcPr><w:vMerge/></w:tcPr>` (Word markup pasted
 * into a page) 224 s, and 3,000 `<w:t xml:space="preserve"> </w:t>` ran past the 30 s deadline
 * (issue 10; found by the property suite). Such a run means nothing to the report, and the same
 * pass would reduce it to at most one space: an empty inline element gives an empty mdast node or
 * none, and of a run of white space only the first can keep a space, the others being removed
 * after it. So the empty elements are dropped and each run is cut to its first node, except where
 * white space is kept as written (`<pre>`, `<textarea>`…), and the pass has no long run left.
 */

/** Inline elements hast-util-to-mdast makes a container of. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark', 's', 'samp', 'small', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var']);

/** Where the whitespace pass keeps white space as written or does not trim it: left alone. */
const AS_WRITTEN = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp', 'nobr', 'script', 'style']);

/** HTML's white space, as the whitespace pass counts it (not U+00A0 nor U+3000). */
const WHITE = /^[ \t\n\f\r]*$/u;

/**
 * Phrasing elements, or elements hast-util-to-mdast does not know (Word's w:, o:, v: markup,
 * made-up tags: it passes their children through, and the whitespace pass takes them for inline).
 */
/**
 * The elements hast-util-to-mdast has a handler of (its defaultHandlers' names; a spec checks the
 * list against the library, which is loaded only for pages the own converter declines).
 */
export const LIBRARY_HANDLED = new Set(['a', 'abbr', 'acronym', 'address', 'applet', 'area', 'article', 'aside', 'audio', 'b', 'base', 'basefont', 'bdi', 'bdo', 'bgsound', 'big', 'blink', 'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'command', 'content', 'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'element', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'image', 'img', 'input', 'ins', 'isindex', 'kbd', 'keygen', 'label', 'legend', 'li', 'link', 'listing', 'main', 'map', 'mark', 'marquee', 'math', 'menu', 'menuitem', 'meta', 'meter', 'multicol', 'nav', 'nextid', 'nobr', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'plaintext', 'pre', 'progress', 'q', 'rb', 'rbc', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'script', 'section', 'select', 'shadow', 'slot', 'small', 'source', 'spacer', 'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr', 'xmp']);

const inline = (node: Element) => PHRASING.has(node.tagName) || !LIBRARY_HANDLED.has(node.tagName);

/** Nothing but white space, or an inline element of such (checked on cleaned children, so one level suffices). */
function blank(node: HastContent): boolean {
  if (node.type === 'text') return WHITE.test(node.value);
  return node.type === 'element' && inline(node) && node.children.every((c) => blank(c));
}

/** Empty inline elements dropped, and each run of blank siblings cut to its first, bottom-up. */
export function dropInertRuns(parent: HastRoot | Element): void {
  if (parent.type === 'element' && AS_WRITTEN.has(parent.tagName)) return;
  const out: HastContent[] = [];
  let inRun = false;
  for (const child of parent.children as HastContent[]) {
    if (child.type === 'element') dropInertRuns(child);
    if (child.type === 'element' && inline(child) && child.children.length === 0) continue;
    const isBlank = blank(child);
    if (isBlank && inRun) continue;
    inRun = isBlank;
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}
