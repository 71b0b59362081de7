import { describe, expect, it } from 'vitest';
import { heading, paragraph, storedDocument } from './build';
import { assembleDocument, documentParts, headOf, sectionsOf } from './sections';

const cites = (riskId: string) => ({
  type: 'risk-reference' as const,
  version: 1 as const,
  riskId,
  title: riskId,
  level: null,
});

describe('document sections', () => {
  it('cuts at every top-level heading; blocks before the first one form the first section', () => {
    const blocks = [paragraph('lead'), heading('h1', 'One'), paragraph('a'), heading('h3', 'Two'), paragraph('b')];
    expect(sectionsOf(blocks)).toEqual([[blocks[0]], [blocks[1], blocks[2]], [blocks[3], blocks[4]]]);
    expect(sectionsOf([])).toEqual([]);
  });

  it('assembles the same document from its head and sections, by concatenation', () => {
    const document = storedDocument({ title: 'Plan "A" [draft]', kind: 'contingency' }, [
      paragraph('Intro ', cites('r2')),
      heading('h2', 'Risks'),
      paragraph(cites('r1'), ' and ', cites('r2')),
    ]);
    const parts = documentParts(document);
    expect(parts.sections.map((section) => section.riskIds)).toEqual([['r2'], ['r1', 'r2']]);
    const json = assembleDocument(
      parts.head,
      parts.sections.map((section) => section.json),
    );
    expect(JSON.parse(json)).toEqual(document);
    const empty = storedDocument(document.meta, []);
    expect(JSON.parse(assembleDocument(headOf(empty), ['[]']))).toEqual(empty);
  });
});
