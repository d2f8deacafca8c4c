import type { RootContent as HastContent } from 'hast';
import { defaultHandlers } from 'hast-util-to-mdast';

/**
 * Inline markup that holds nothing, taken out before hast-util-to-mdast. Its whitespace pass
 * (hast-util-minify-whitespace) looks, for every node, along the siblings after it for the first
 * that decides whether white space there counts; an empty inline element decides nothing, so a
 * run of them is scanned again from each of its nodes: 2,000 `<b></b>` in a paragraph of a seed
 * page took 21 s, 4,000 `<w:tcPr><w:vMerge/></w:tcPr>` (Word markup pasted into a page) 224 s
 * (issue 10; found by the property suite). An empty inline element gives an empty mdast node or
 * none, nothing of the report: dropped here, the pass has no such run left to rescan. (A run of
 * elements holding only white space, `<b> </b>`, is still rescanned: dropping those changes where
 * the pass keeps a space, so they are left to the per-file deadline.)
 */

/** Inline elements hast-util-to-mdast makes a container of: nothing when empty. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var']);

/**
 * Empty phrasing elements, or empty elements hast-util-to-mdast does not know (Word's w:, o:, v:
 * markup, made-up tags: it passes their children through, and the whitespace pass takes them
 * for inline).
 */
function inert(node: HastContent): boolean {
  return node.type === 'element' && node.children.length === 0 && (PHRASING.has(node.tagName) || !Object.hasOwn(defaultHandlers, node.tagName));
}

/** Children (already cleaned, so bottom-up: an element left empty by this goes too) without empty inline elements. */
export function withoutInertRuns(children: HastContent[]): HastContent[] {
  return children.some(inert) ? children.filter((c) => !inert(c)) : children;
}
