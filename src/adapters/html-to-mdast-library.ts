import { createRequire } from 'node:module';
import type { Root as HastRoot } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import type { Root, TableCell } from 'mdast';
import { cellSpan } from './table-grid.js';

/**
 * hast-util-to-mdast, for the pages the fast converter (html-to-mdast.ts) declines. Loaded on
 * first need, synchronously (the adapters are synchronous): with its dependencies it takes
 * 40 ms to load, and reports rarely need it.
 */
let library: { toMdast: typeof import('hast-util-to-mdast').toMdast; handlers: Record<string, Handle> } | undefined;

function load(): NonNullable<typeof library> {
  if (!library) {
    const { defaultHandlers, toMdast } = createRequire(import.meta.url)('hast-util-to-mdast') as typeof import('hast-util-to-mdast');
    /** A table cell that keeps its rowspan and colspan, for resolveGrids to place it (the library drops them). */
    const spannedCell: Handle = (state, node) => {
      const cell = defaultHandlers.td!(state, node) as TableCell;
      cell.data = { ...cell.data, span: cellSpan(node.properties.rowSpan, node.properties.colSpan) };
      return cell;
    };
    library = { toMdast, handlers: { td: spannedCell, th: spannedCell } };
  }
  return library;
}

/** The library's mdast of a cleaned page (it works on a copy: `hast` is left as it is). */
export function libraryHastToMdast(hast: HastRoot): Root {
  const { toMdast, handlers } = load();
  return toMdast(hast, { handlers }) as Root;
}
