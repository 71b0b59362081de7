import { describe, expect, it } from 'vitest';
import {
  field,
  heading,
  list,
  paragraph,
  storedDocument,
  storedDocumentSchema,
  table,
  text,
  type BlockNode,
  type InlineNode,
} from '#shared/document';
import { $topLevelBlocks } from './chapters';
import type { DataBlockNode } from './nodes/DataBlockNode';
import { createDocumentHeadlessEditor, loadDocument, roundTrip, saveContent } from './test-support';

const meta = { title: 'Round trip', kind: 'contingency' };

const source = { from: 'risks' as const, filter: { minLevel: 'High', category: ['crime'] } };
const blocks: Record<string, BlockNode> = {
  'action-table': {
    type: 'action-table',
    version: 1,
    title: 'Actions',
    source,
    rows: [
      {
        id: 'a1',
        trigger: 'Gunfire nearby',
        action: 'Lock down',
        responsible: 'Warden',
        when: '0-10 min',
        origin: 'm1',
      },
    ],
  },
  'contact-table': {
    type: 'contact-table',
    version: 1,
    variant: 'call-tree',
    title: 'Call tree',
    rows: [
      {
        id: 'c1',
        name: 'A. Petrova',
        role: 'Head of office',
        phone: '+000 1',
        email: 'a@example.org',
        callSign: 'Alpha 1',
        deputy: 'B. Ionescu',
        calls: ['B. Ionescu', 'C. Duarte'],
      },
    ],
  },
  'pace-table': {
    type: 'pace-table',
    version: 1,
    title: 'PACE',
    rows: [{ id: 'p1', level: 'primary', means: 'Mobile', details: 'Local network', owner: 'All staff' }],
  },
  'phase-table': {
    type: 'phase-table',
    version: 1,
    title: 'Phases',
    rows: [
      {
        id: 'ph1',
        phase: 4,
        name: 'Hibernation',
        indicators: ['Fighting in the city'],
        declaredBy: 'Head of Mission',
        actions: ['Stay indoors', 'Check in hourly'],
      },
    ],
  },
  checklist: {
    type: 'checklist',
    version: 1,
    title: 'Grab bag',
    items: [
      { id: 'k1', text: 'Passport', checked: true },
      { id: 'k2', text: 'Cash', checked: false },
    ],
  },
  'risk-summary-table': {
    type: 'risk-summary-table',
    version: 1,
    title: 'Risks',
    rows: [
      {
        riskId: 'r1',
        title: 'Armed robbery',
        site: 'HQ',
        category: 'crime',
        inherent: { likelihood: 4, impact: 4, level: 'High', color: '#f4a100' },
        residual: null,
        treatment: 'reduce',
      },
    ],
  },
  'risk-matrix': {
    type: 'risk-matrix',
    version: 1,
    title: 'Matrix',
    likelihoodLabels: ['Unlikely', 'Likely'],
    impactLabels: ['Minor', 'Severe'],
    cells: [
      [
        { level: 'Low', color: '#2e7d32' },
        { level: 'Medium', color: '#f9d71c', count: 2 },
      ],
      [
        { level: 'Medium', color: '#f9d71c' },
        { level: 'High', color: '#f4a100', count: 1 },
      ],
    ],
  },
  'carver-table': {
    type: 'carver-table',
    version: 1,
    title: 'CARVER',
    rows: [
      {
        targetId: 't1',
        name: 'Hospital',
        criticality: 5,
        accessibility: 4,
        recuperability: 3,
        vulnerability: 4,
        effect: 5,
        recognizability: 5,
        total: 26,
      },
    ],
  },
  'approval-block': {
    type: 'approval-block',
    version: 1,
    rows: [{ role: 'Approved by', name: 'Head of Mission', title: 'Ambassador', date: '2026-11-01' }],
  },
  'page-break': { type: 'page-break', version: 1 },
  'section-break': { type: 'section-break', version: 1, orientation: 'landscape' },
  repeat: {
    type: 'repeat',
    version: 1,
    over: 'risks',
    as: 'risk',
    filter: { minLevel: 'High' },
    children: [heading('h3', [field('risk.title', 'Risk title')])],
  },
  conditional: {
    type: 'conditional',
    version: 1,
    condition: { test: 'any', over: 'risks', filter: { minLevel: 'Very high' } },
    children: [paragraph('Relocation is to be prepared.')],
    otherwise: [
      {
        type: 'conditional',
        version: 1,
        condition: { test: 'filled', key: 'site.name' },
        children: [paragraph('Nested')],
        otherwise: [],
      },
    ],
  },
};

const inlines: Record<string, InlineNode> = {
  field: field('site.name', 'Site name'),
  'filled field': field('workspace.marking', 'Marking', 'RESTRICTED'),
  'risk-reference': { type: 'risk-reference', version: 1, riskId: 'r1', title: 'Armed robbery', level: 'High' },
};

/** Standard nodes come back in Lexical's full form, so compare after one normalising pass. */
function expectStable(document: ReturnType<typeof storedDocument>) {
  const once = roundTrip(document);
  expect(storedDocumentSchema.safeParse(once).success).toBe(true);
  expect(roundTrip(once)).toEqual(once);
  return once;
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'table']);

/** Lexical writes paragraphs and text in full (direction, mode...); containers are compared in that form. */
function canonical(block: BlockNode): BlockNode {
  if (block.type === 'repeat') return { ...block, children: block.children.map(canonical) };
  if (block.type === 'conditional') {
    return { ...block, children: block.children.map(canonical), otherwise: block.otherwise.map(canonical) };
  }
  if (!TEXT_BLOCKS.has(block.type)) return block;
  return roundTrip(storedDocument(meta, [block])).content.root.children[0]!;
}

describe('round trip of each custom block node', () => {
  it.each(Object.entries(blocks))('%s comes back exactly as stored', (_type, block) => {
    const document = storedDocument(meta, [paragraph('before'), block, paragraph('after')]);
    const saved = expectStable(document);
    expect(saved.content.root.children[1]).toEqual(canonical(block));
    expect(saved.content.root.children).toHaveLength(3);
  });
});

describe('a structured block node', () => {
  it('keeps its data, unknown properties and `$` included, when Lexical copies it for an edit', () => {
    const stored = { ...blocks['action-table']!, future: 'kept', $: { note: 'kept too' } } as BlockNode;
    const editor = createDocumentHeadlessEditor();
    loadDocument(editor, storedDocument(meta, [paragraph('before'), stored]));
    const nodeOf = () => $topLevelBlocks()[1] as DataBlockNode<{ type: 'action-table'; version: 1; title: string }>;
    editor.update(() => nodeOf().markDirty(), { discrete: true });
    expect(saveContent(editor).root.children[1]).toEqual(stored);

    editor.update(() => nodeOf().setData({ ...nodeOf().getData(), title: 'Changed' }), { discrete: true });
    expect(saveContent(editor).root.children[1]).toEqual({ ...stored, title: 'Changed' });
  });
});

describe('round trip of each custom inline node', () => {
  it.each(Object.entries(inlines))('%s comes back exactly as stored', (_name, inline) => {
    const document = storedDocument(meta, [paragraph('Site: ', inline, ' end')]);
    const saved = expectStable(document);
    const block = saved.content.root.children[0]!;
    expect(block.type === 'paragraph' && block.children[1]).toEqual(inline);
  });

  it('keeps a field inside a link, a list item and a table cell', () => {
    const document = storedDocument(meta, [
      list('bullet', [[text('Call '), field('contact.hq', 'HQ number')]]),
      table(['Who', 'Number'], [['HQ', [field('contact.hq', 'HQ number')]]]),
    ]);
    const saved = expectStable(document);
    expect(JSON.stringify(saved).match(/"type":"field"/g)).toHaveLength(2);
  });
});

describe('headings', () => {
  it('keep the required-section flag and section key stored under $', () => {
    const document = storedDocument(meta, [
      heading('h1', 'Purpose and scope', { required: true, sectionKey: 'purpose' }),
      paragraph('text'),
    ]);
    const saved = expectStable(document);
    expect(saved.content.root.children[0]).toMatchObject({
      type: 'heading',
      tag: 'h1',
      $: { required: true, sectionKey: 'purpose' },
    });
  });
});

describe('a whole document', () => {
  it('with every node type validates and is stable', () => {
    const all = storedDocument(meta, [
      heading('h1', 'Plan', { required: true }),
      paragraph(text('Bold', 'bold'), ' and ', inlines.field!, ' ', inlines['risk-reference']!),
      ...Object.values(blocks),
      list('number', ['one', 'two']),
    ]);
    const saved = expectStable(all);
    expect(saved.content.root.children).toHaveLength(Object.keys(blocks).length + 3);
  });
});
