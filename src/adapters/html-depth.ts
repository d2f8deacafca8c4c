import type { DefaultTreeAdapterMap } from 'parse5';
import { OverLimitError } from '../text/over-limit.js';

type Parse5Node = DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode'];

/**
 * How deep parse5's tree nests, counted without recursion. hast-util-from-parse5 and
 * hast-util-to-mdast recurse once or more per level, so a page of thousands of unclosed tags
 * would overflow the stack — at a depth that depends on the thread. Deciding by a limit instead
 * gives every thread the same answer.
 */
function depthOf(root: Parse5Node): number {
  let deepest = 0;
  const stack: { node: Parse5Node; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('childNodes' in node) for (const child of node.childNodes) stack.push({ node: child, depth: depth + 1 });
    if ('content' in node) stack.push({ node: node.content, depth: depth + 1 });
  }
  return deepest;
}

/** Throws OverLimitError when the parsed page nests deeper than `maxDepth`. */
export function checkDepth(root: Parse5Node, maxDepth: number): void {
  const depth = depthOf(root);
  if (depth > maxDepth) throw new OverLimitError({ limit: 'maxDepth', found: depth, max: maxDepth });
}
