import type { StoredDocument } from '#shared/document/nodes';
import { blockText } from '#shared/document/walk';

export interface PlanSection {
  heading: string;
  body: string;
}

// Snippet markers are control characters; text typed into a plan must never contain them.
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0001-\u0003]/g;

/**
 * The plan's plain text cut at every heading: what the search index stores. Text before the first
 * heading forms a section titled after the plan.
 */
export function splitSections(document: StoredDocument): PlanSection[] {
  const sections: PlanSection[] = [];
  let current: { heading: string; parts: string[] } = { heading: document.meta.title, parts: [] };
  const close = () => {
    const body = current.parts.filter(Boolean).join('\n').replace(MARKERS, ' ');
    if (body || current.heading !== document.meta.title || sections.length === 0) {
      sections.push({ heading: current.heading.replace(MARKERS, ' '), body });
    }
  };
  for (const block of document.content.root.children) {
    if (block.type === 'heading') {
      close();
      current = { heading: blockText(block), parts: [] };
    } else {
      current.parts.push(blockText(block));
    }
  }
  close();
  return sections;
}
