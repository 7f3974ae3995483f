/**
 * Finding the first element of some names in a parsed page, in document order, stopping there.
 * A CSS query (`$('title').first()`) would visit the whole tree and collect every match: on a
 * page of megabytes that was a tenth of reading it (bench/page-size.mts).
 */
import type { AnyNode, Element } from 'domhandler';

/** An element (a tag, a script, a style), not text or a comment. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The first element under `root` (not `root` itself) whose lower-case name is in `names`, or null. */
export function firstDescendant(root: AnyNode, names: ReadonlySet<string>): Element | null {
  // A stack of child lists and positions, not recursion: the tree may be thousands deep.
  const stack: { nodes: AnyNode[]; at: number }[] = [];
  if ('children' in root) stack.push({ nodes: root.children, at: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.at++]!;
    if (!isElement(node)) continue;
    if (names.has(node.name.toLowerCase())) return node;
    if (node.children.length > 0) stack.push({ nodes: node.children, at: 0 });
  }
  return null;
}
