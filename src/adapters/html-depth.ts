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
  // Two stacks side by side, nodes and their depths: no object per node.
  const nodes: Parse5Node[] = [root];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    if ('childNodes' in node) {
      for (const child of node.childNodes) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    if ('content' in node) {
      nodes.push(node.content);
      depths.push(depth + 1);
    }
  }
  return deepest;
}

/** Throws OverLimitError when the parsed page nests deeper than `maxDepth`. */
export function checkDepth(root: Parse5Node, maxDepth: number): void {
  const depth = depthOf(root);
  if (depth > maxDepth) throw new OverLimitError({ limit: 'maxDepth', found: depth, max: maxDepth });
}
