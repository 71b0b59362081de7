import type { InlineNode, ParagraphNode } from '#shared/document/nodes';

/** Where a value had a blank line: the paragraph holding it is split there. */
export const PARAGRAPH_BREAK = { type: 'paragraph-break' } as const;

/** Inline content while a plan is generated: nodes, and the paragraph breaks of multi-line values. */
export type Inline = InlineNode | typeof PARAGRAPH_BREAK;

/**
 * A register value written on several lines (a risk description, say) as text: each line break
 * becomes a line break, each blank line a paragraph break, so the plan reads as the officer wrote it.
 */
export function multiline(value: string): Inline[] {
  const nodes: Inline[] = [];
  value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .forEach((paragraph, index) => {
      if (index) nodes.push(PARAGRAPH_BREAK);
      paragraph.split('\n').forEach((line, lineIndex) => {
        if (lineIndex) nodes.push({ type: 'linebreak', version: 1 });
        const text = line.trimEnd();
        if (text) nodes.push({ type: 'text', version: 1, text, format: 0 });
      });
    });
  return nodes;
}

/** Inline content where no new paragraph can start (list items, quotes, headings): a blank line instead. */
export function flat(nodes: readonly Inline[]): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] =>
    node === PARAGRAPH_BREAK
      ? [
          { type: 'linebreak', version: 1 },
          { type: 'linebreak', version: 1 },
        ]
      : [node as InlineNode],
  );
}

/** One paragraph per run of content between paragraph breaks, each keeping the paragraph's format. */
export function paragraphs<P extends ParagraphNode>(node: P, children: readonly Inline[]): P[] {
  const runs: InlineNode[][] = [[]];
  for (const child of children) {
    if (child === PARAGRAPH_BREAK) runs.push([]);
    else runs[runs.length - 1]!.push(child as InlineNode);
  }
  const filled = runs.filter((run) => run.length > 0);
  return (filled.length ? filled : [[]]).map((run) => ({ ...node, children: run }));
}
