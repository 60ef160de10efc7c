/** Iterative tree walk (no recursion, so deep trees cannot overflow the stack). */
import type { Nodes, Parents } from "mdast";

/** Visit every node depth-first in document order; return `false` from `visit` to skip a node's children. */
export function walk(root: Nodes, visit: (node: Nodes, parent: Parents | undefined) => boolean | void): void {
  const stack: [Nodes, Parents | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (visit(node, parent) === false) continue;
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, node]);
    }
  }
}

/**
 * Normalise a heading or label (already flattened by mdast-util-to-string) for comparison:
 * lower case, no backticks, single spaces, no trailing colon. Underscores stay: `error_handling`.
 */
export function normalizeTitle(title: string): string {
  return title.replace(/`/g, "").replace(/\s+/g, " ").replace(/:\s*$/, "").trim().toLowerCase();
}
