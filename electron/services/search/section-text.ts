import type { IndexedSection } from '#electron/db/repositories/search';
import type { StoredDocument } from '#shared/document/nodes';
import { sectionsOf } from '#shared/document/sections';
import { blockText } from '#shared/document/walk';

// Snippet markers are control characters; text typed into a plan must never contain them.
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0001-\u0003]/g;

const plain = (text: string) => text.replace(MARKERS, ' ');

/**
 * What the search index stores: one row per stored section (shared/document/sections.ts), as plain
 * text under its heading. Blocks before the first heading are titled after the plan.
 */
export function sectionTexts(document: StoredDocument): IndexedSection[] {
  return sectionsOf(document.content.root.children).map((blocks) => {
    const [first, ...rest] = blocks;
    const titled = first?.type === 'heading';
    const heading = titled ? blockText(first) : document.meta.title;
    const body = (titled ? rest : blocks).map(blockText).filter(Boolean).join('\n');
    return { heading: plain(heading), body: plain(body) };
  });
}
