import { createRequire } from 'node:module';
import type { Root as HastRoot } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import type { Root, TableCell } from 'mdast';
import type { DefaultTreeAdapterMap } from 'parse5';
import { cellSpan } from './table-grid.js';

/**
 * The libraries the HTML adapter's own steps stand in for, for the pages those decline:
 * hast-util-from-parse5 (html-hast.ts declines SVG and MathML) and hast-util-to-mdast
 * (html-to-mdast.ts declines what it has no rule for). Each is loaded on first need,
 * synchronously (the adapters are synchronous): hast-util-to-mdast and its dependencies take
 * 40 ms to load, and reports rarely need them.
 */
const load = createRequire(import.meta.url);

let toMdast: ((hast: HastRoot) => Root) | undefined;

/** The library's mdast of a cleaned page (it works on a copy: `hast` is left as it is). */
export function libraryHastToMdast(hast: HastRoot): Root {
  if (!toMdast) {
    const library = load('hast-util-to-mdast') as typeof import('hast-util-to-mdast');
    /** A table cell that keeps its rowspan and colspan, for resolveGrids to place it (the library drops them). */
    const spannedCell: Handle = (state, node) => {
      const cell = library.defaultHandlers.td!(state, node) as TableCell;
      cell.data = { ...cell.data, span: cellSpan(node.properties.rowSpan, node.properties.colSpan) };
      return cell;
    };
    const handlers = { td: spannedCell, th: spannedCell };
    toMdast = (tree) => library.toMdast(tree, { handlers }) as Root;
  }
  return toMdast(hast);
}

/** The library's hast of a parsed page, with positions in `text`. */
export function libraryPageHast(document: DefaultTreeAdapterMap['document'], text: string): HastRoot {
  const { fromParse5 } = load('hast-util-from-parse5') as typeof import('hast-util-from-parse5');
  const { VFile } = load('vfile') as typeof import('vfile');
  return fromParse5(document, { file: new VFile(text) }) as HastRoot;
}
