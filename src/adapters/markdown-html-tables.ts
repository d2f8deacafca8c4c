import type { Nodes, Root, RootContent } from 'mdast';

/**
 * Tables that a Markdown file holds as HTML blocks (pandoc and many exporters write a table
 * with merged cells as <table>) are read by the HTML adapter, and their mdast takes the
 * place of the HTML block, with positions moved into the Markdown file. Only blocks at the
 * top level: inside a list or quote the block's source is interleaved with the container's
 * markers, and its positions would not map.
 */

type Point = NonNullable<Nodes['position']>['start'];

/** The HTML adapter's reading of an HTML block (htmlBlockToMdast), passed in so that Markdown loads it only when needed. */
export type HtmlBlockReader = (html: string) => Root;

function unclosedTables(html: string): number {
  return (html.match(/<table\b/gi)?.length ?? 0) - (html.match(/<\/table\s*>/gi)?.length ?? 0);
}

/** `point`, a place in a fragment that starts at `base`, as a place in the whole file. */
function moved(point: Point, base: Point): Point {
  return {
    line: base.line + point.line - 1,
    column: point.line === 1 ? base.column + point.column - 1 : point.column,
    ...(point.offset !== undefined ? { offset: (base.offset ?? 0) + point.offset } : {}),
  };
}

function move(node: Nodes, base: Point): void {
  if (node.position) node.position = { start: moved(node.position.start, base), end: moved(node.position.end, base) };
  if ('children' in node) for (const child of node.children) move(child, base);
}

export function readHtmlTables(tree: Root, source: string, readHtml: HtmlBlockReader): void {
  const out: RootContent[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = node.position?.start;
    if (node.type !== 'html' || !start || start.offset === undefined || !/<table\b/i.test(node.value)) {
      out.push(node);
      continue;
    }
    // A blank line inside the table ends the HTML block: the blocks that follow are the rest of it.
    let last = i;
    const html = () => source.slice(start.offset, nodes[last]!.position?.end.offset);
    while (unclosedTables(html()) > 0 && nodes[last + 1]?.type === 'html') last++;
    const fragment = readHtml(html());
    for (const child of fragment.children) move(child, start);
    out.push(...fragment.children);
    i = last;
  }
  tree.children = out;
}
