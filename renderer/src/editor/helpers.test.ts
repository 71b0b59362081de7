import { describe, expect, it } from 'vitest';
import { storedDocumentSchema, storedDocument } from '#shared/document';
import { DEFAULT_MATRIX } from '#shared/domain/risk-matrix';
import { INSERTABLE_BLOCKS, blocksFor, matrixBlock } from './block-catalogue';
import { carverTotal } from './blocks/CarverTableBlock';
import { normalizeLinkUrl } from './LinkDialog';
import { roundTrip } from './test-support';

describe('links', () => {
  it('accept web, mail and phone addresses and refuse scripts and files', () => {
    expect(normalizeLinkUrl('www.osce.org')).toBe('https://www.osce.org/');
    expect(normalizeLinkUrl('mailto:security@example.org')).toBe('mailto:security@example.org');
    expect(normalizeLinkUrl('tel:+37300000')).toBe('tel:+37300000');
    expect(normalizeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkUrl('JavaScript:alert(1)')).toBeNull();
    expect(normalizeLinkUrl('file:///etc/passwd')).toBeNull();
    expect(normalizeLinkUrl('data:text/html,<script>')).toBeNull();
    expect(normalizeLinkUrl('   ')).toBeNull();
  });
});

describe('CARVER rows', () => {
  it('clamp each factor to 1-5 and recompute the total', () => {
    const row = carverTotal({
      targetId: 't',
      name: 'Hospital',
      criticality: 9,
      accessibility: 0,
      recuperability: 3,
      vulnerability: 4.4,
      effect: 5,
      recognizability: 2,
      total: 0,
    });
    expect(row).toMatchObject({ criticality: 5, accessibility: 1, vulnerability: 4, total: 5 + 1 + 3 + 4 + 5 + 2 });
  });
});

describe('the insert catalogue', () => {
  it('offers repeat and conditional in template mode only', () => {
    expect(blocksFor('plan').map((block) => block.id)).not.toContain('repeat');
    expect(blocksFor('template').map((block) => block.id)).toEqual(expect.arrayContaining(['repeat', 'conditional']));
  });

  it('creates blocks that are valid documents and survive the editor', () => {
    const blocks = INSERTABLE_BLOCKS.map((block) => block.create((key) => key));
    const document = storedDocument({ title: 'All blocks', kind: 'contingency' }, blocks);
    expect(storedDocumentSchema.safeParse(document).success).toBe(true);
    expect(roundTrip(document).content.root.children.map((block) => block.type)).toEqual(
      blocks.map((block) => block.type),
    );
  });

  it('draws the matrix block from the organisation matrix', () => {
    const matrix = matrixBlock(DEFAULT_MATRIX);
    expect(matrix.cells).toHaveLength(DEFAULT_MATRIX.likelihood.length);
    expect(matrix.cells[4]?.[4]).toMatchObject({ level: 'Unacceptable' });
    expect(matrix.impactLabels[0]).toBe('Negligible');
  });
});
