import type { BlockNode, StoredDocument } from './nodes';
import { walk } from './walk';

/**
 * A plan is stored, validated, autosaved and indexed for search per section (DESIGN.md performance
 * notes): a section is a run of top-level blocks starting at a heading; blocks before the first
 * heading form the first section. The server stores whatever runs a client sends, so the cut only
 * has to be the same on both sides of one comparison, never between client and server. (The
 * editor's chapters, renderer/src/editor/chapters.ts, are a coarser grouping that is never stored.)
 */
export function sectionsOf(blocks: readonly BlockNode[]): BlockNode[][] {
  const sections: BlockNode[][] = [];
  for (const block of blocks) {
    const current = sections.at(-1);
    if (!current || block.type === 'heading') sections.push([block]);
    else current.push(block);
  }
  return sections;
}

/** One stored section: its blocks as a JSON array, and the risks they cite (for `plan_risks`). */
export interface SectionPart {
  json: string;
  riskIds: string[];
}

/** A document as stored: its head (all but the blocks) and its sections. */
export interface DocumentParts {
  head: string;
  sections: SectionPart[];
}

// The head is written with `content.root.children` as its last key, so the blocks are spliced in
// by string concatenation: assembling a plan never parses or re-serialises megabytes.
const HEAD_END = '[]}}}';

/** The document without its blocks, as JSON ending in an empty `children` array. */
export function headOf(document: StoredDocument): string {
  const { content, ...rest } = document;
  const { children: _blocks, ...root } = content.root;
  const json = JSON.stringify({ ...rest, content: { root: { ...root, children: [] } } });
  if (!json.endsWith(HEAD_END)) throw new Error('A document head must end with its (empty) blocks');
  return json;
}

/** Ids of the risks that blocks cite (risk references and risk summary rows), sorted. */
export function riskIdsOf(blocks: readonly BlockNode[]): string[] {
  const ids = new Set<string>();
  walk(blocks, (node) => {
    if (node.type === 'risk-reference') ids.add(node.riskId);
    if (node.type === 'risk-summary-table') for (const row of node.rows) ids.add(row.riskId);
  });
  return [...ids].sort();
}

export function sectionPart(blocks: readonly BlockNode[]): SectionPart {
  return { json: JSON.stringify(blocks), riskIds: riskIdsOf(blocks) };
}

export function documentParts(document: StoredDocument): DocumentParts {
  return { head: headOf(document), sections: sectionsOf(document.content.root.children).map(sectionPart) };
}

/** The document's JSON from its head and its sections' JSON arrays, by concatenation. */
export function assembleDocument(head: string, sections: readonly string[]): string {
  const blocks = sections.map((json) => json.slice(1, -1)).filter(Boolean);
  return `${head.slice(0, -HEAD_END.length)}[${blocks.join(',')}]}}}`;
}
