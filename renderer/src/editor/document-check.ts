import type { DocumentContent } from '#shared/document';
import { STORED_NODES } from './editor-nodes';

/** Every node type the editor can open: the stored types (conditional branches are editor-only). */
const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.keys(STORED_NODES));

interface Visited {
  type?: unknown;
  children?: unknown;
  otherwise?: unknown;
}

/**
 * Finds the first node the editor could not open, with where it is, e.g.
 * `unknown node type "video" at root.children[3].children[0]`. Null when all are known. A cheap
 * check (no schema validation) so that a document from a newer app is refused with a clear
 * message instead of an opaque parser error.
 */
export function findUnopenableNode(content: DocumentContent): string | null {
  const stack: Array<{ node: Visited; path: string }> = [{ node: content.root as Visited, path: 'root' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) return `not a node at ${path}`;
    if (typeof node.type !== 'string' || !KNOWN_TYPES.has(node.type)) {
      return `unknown node type ${JSON.stringify(node.type)} at ${path}`;
    }
    for (const key of ['children', 'otherwise'] as const) {
      const list = node[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) return `"${key}" is not a list at ${path}`;
      for (let index = list.length - 1; index >= 0; index--) {
        stack.push({ node: list[index] as Visited, path: `${path}.${key}[${index}]` });
      }
    }
  }
  return null;
}
