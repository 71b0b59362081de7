import type { BlockNode, ListNode } from '#shared/document/nodes';

/**
 * Joins lists of the same type that follow each other into one. A repeat whose body is a list item
 * ("- {{measure.description}}" for each measure) yields one short list per item; the editor joins
 * adjacent lists of a type on opening (Lexical's list transform), so without this the stored plan,
 * the Word export (which numbers each list from 1) and the editor would each show something else.
 */
export function joinAdjacentLists(nodes: readonly BlockNode[]): BlockNode[] {
  const joined: BlockNode[] = [];
  for (const node of nodes) {
    const previous = joined[joined.length - 1];
    if (node.type === 'list' && previous?.type === 'list' && previous.listType === node.listType) {
      joined[joined.length - 1] = join(previous, node);
    } else {
      joined.push(node);
    }
  }
  return joined;
}

function join(first: ListNode, second: ListNode): ListNode {
  const children = [...first.children, ...second.children].map((item, index) => ({
    ...item,
    value: first.start + index,
  }));
  return { ...first, children };
}
