import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/**
 * A parse5 tree as the list of its nodes in document order, each with its depth and all it
 * holds but its links (names, attributes, values, locations): flat, so that a tree thousands
 * deep compares and prints without recursion.
 */
export function shapeOf(root: Node): unknown[] {
  const out: unknown[] = [];
  const stack: { node: Node; depth: number; in: string }[] = [{ node: root, depth: 0, in: 'tree' }];
  while (stack.length) {
    const { node, depth, in: where } = stack.pop()!;
    const { parentNode: _, childNodes, content, ...rest } = node as Node & { parentNode?: unknown; childNodes?: Node[]; content?: Node };
    out.push({ depth, in: where, ...rest });
    if (content) stack.push({ node: content, depth: depth + 1, in: 'content' });
    for (let i = (childNodes?.length ?? 0) - 1; i >= 0; i--) stack.push({ node: childNodes![i]!, depth: depth + 1, in: 'children' });
  }
  return out;
}
