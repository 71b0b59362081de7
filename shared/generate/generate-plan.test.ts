import { describe, expect, it } from 'vitest';
import { field, heading, list, paragraph, storedDocument } from '#shared/document/build';
import type { BlockNode, StoredDocument } from '#shared/document/nodes';
import { storedDocumentSchema } from '#shared/document/schema';
import { collectFields, walk } from '#shared/document/walk';
import { parseTemplate } from '#shared/templates/parse-template';
import { generatePlan } from './generate-plan';
import { sampleContext } from './test-fixtures';

const OPTIONS = { templateId: 'evacuation', templateVersion: '1.2.0' };

function templateOf(children: BlockNode[]): StoredDocument {
  return storedDocument({ title: 'Evacuation plan', kind: 'contingency' }, children);
}

function blocksOfType<T extends BlockNode['type']>(
  doc: StoredDocument,
  type: T,
): Array<Extract<BlockNode, { type: T }>> {
  const found: Array<Extract<BlockNode, { type: T }>> = [];
  walk(doc.content.root.children, (node) => {
    if (node.type === type) found.push(node as Extract<BlockNode, { type: T }>);
  });
  return found;
}

describe('generatePlan', () => {
  it('fills known fields, leaves unknown ones as visible placeholders and records the template', () => {
    const plan = generatePlan(
      templateOf([
        heading('h1', [field('site.name', 'Site name')]),
        paragraph(
          'Marking: ',
          field('workspace.marking'),
          ', assembly point: ',
          field('fill.assembly-point', 'Assembly point'),
        ),
        paragraph('Dated ', field('today', 'Date')),
      ]),
      sampleContext(),
      OPTIONS,
    );
    const fields = collectFields(plan);
    expect(fields.map((f) => [f.key, f.value])).toEqual([
      ['site.name', 'Head office'],
      ['workspace.marking', 'RESTRICTED'],
      ['fill.assembly-point', null],
      ['today', '2026-11-22'],
    ]);
    expect(plan.meta).toMatchObject({
      title: 'Evacuation plan - Head office',
      kind: 'contingency',
      templateId: 'evacuation',
      templateVersion: '1.2.0',
    });
  });

  it('expands repeats with filters, nests measures under their risk and evaluates conditionals', () => {
    const template = templateOf([
      {
        type: 'repeat',
        version: 1,
        over: 'risks',
        as: 'risk',
        filter: { minLevel: 'High', site: 'current' },
        children: [
          heading('h2', [field('risk.title')]),
          {
            type: 'repeat',
            version: 1,
            over: 'measures',
            as: 'measure',
            filter: { measureType: 'prevention' },
            children: [paragraph(field('measure.description'), ' by ', field('measure.owner'))],
          },
        ],
      },
      {
        type: 'conditional',
        version: 1,
        condition: { test: 'any', over: 'risks', filter: { category: ['earthquake'] } },
        children: [paragraph('Earthquake annex applies.')],
        otherwise: [paragraph('No earthquake risk.')],
      },
      {
        type: 'conditional',
        version: 1,
        condition: { test: 'filled', key: 'fill.nothing' },
        children: [paragraph('never')],
        otherwise: [paragraph('Blank stays blank.')],
      },
    ]);
    const plan = generatePlan(template, sampleContext(), OPTIONS);
    const texts = plan.content.root.children.map((block) =>
      'children' in block
        ? (block.children as Array<{ type: string; text?: string; value?: string | null; title?: string }>)
            .map((child) =>
              child.type === 'field' ? child.value : child.type === 'risk-reference' ? `<${child.title}>` : child.text,
            )
            .join('')
        : block.type,
    );
    expect(texts).toEqual([
      '<Demonstrations block the office>',
      'Agree alternate route by Security officer',
      'Earthquake annex applies.',
      'Blank stays blank.',
      // Selected risks the filters left out are still listed, never silently dropped.
      'Other selected risks',
      'risk-summary-table',
    ]);
    const other = plan.content.root.children.at(-1) as Extract<BlockNode, { type: 'risk-summary-table' }>;
    expect(other.rows.map((row) => row.riskId)).toEqual(['r-quake', 'r-north']);
    walk(plan.content.root.children, (node) => expect(['repeat', 'conditional']).not.toContain(node.type));
  });

  it('fills structured blocks from their sources and drops the source', () => {
    const template = templateOf([
      { type: 'action-table', version: 1, title: 'Actions', source: { from: 'measures' }, rows: [] },
      {
        type: 'contact-table',
        version: 1,
        variant: 'call-tree',
        title: 'Call tree',
        source: { from: 'contacts' },
        rows: [],
      },
      { type: 'phase-table', version: 1, title: 'Phases', source: { from: 'phases' }, rows: [] },
      { type: 'risk-summary-table', version: 1, title: 'Risks', source: { from: 'risks' }, rows: [] },
      { type: 'carver-table', version: 1, title: 'Targets', source: { from: 'targets' }, rows: [] },
      { type: 'risk-matrix', version: 1, title: 'Matrix', likelihoodLabels: [], impactLabels: [], cells: [] },
    ]);
    const plan = generatePlan(template, sampleContext(), OPTIONS);
    expect(storedDocumentSchema.safeParse(JSON.parse(JSON.stringify(plan))).success).toBe(true);

    const [actions] = blocksOfType(plan, 'action-table');
    expect(actions).not.toHaveProperty('source');
    expect(actions!.rows.map((row) => [row.trigger, row.action, row.responsible, row.when])).toEqual([
      ['Demonstrations block the office', 'Agree alternate route', 'Security officer', '2026-12-01'],
      ['Demonstrations block the office', 'Stock water', '', ''],
    ]);
    expect(blocksOfType(plan, 'contact-table')[0]!.rows.map((row) => [row.name, row.calls])).toEqual([
      ['Ana Petrova', ['Ben Ortiz']],
      ['Ben Ortiz', []],
    ]);
    expect(blocksOfType(plan, 'phase-table')[0]!.rows.map((row) => row.phase)).toEqual([1, 2]);
    expect(blocksOfType(plan, 'risk-summary-table')[0]!.rows.map((row) => row.riskId)).toEqual([
      'r-unrest',
      'r-quake',
      'r-north',
    ]);
    expect(blocksOfType(plan, 'carver-table')[0]!.rows.map((row) => [row.name, row.total])).toEqual([
      ['Hospital', 26],
      ['Water plant', 18],
    ]);
    const matrix = blocksOfType(plan, 'risk-matrix')[0]!;
    expect(matrix.cells).toHaveLength(5);
    expect(matrix.cells[3]![3]).toEqual({ level: 'High', color: '#ff9800', count: 1 });
    expect(matrix.cells[4]![4]!.count).toBe(1);
    expect(matrix.likelihoodLabels[0]).toBe('Very unlikely');
  });

  it('is deterministic and never modifies its inputs', () => {
    const template = templateOf([
      {
        type: 'contact-table',
        version: 1,
        variant: 'contacts',
        title: 'Contacts',
        source: { from: 'contacts' },
        rows: [],
      },
      paragraph(field('site.name')),
    ]);
    const context = sampleContext();
    const before = JSON.stringify({ template, context });
    const first = generatePlan(template, context, OPTIONS);
    const second = generatePlan(template, context, OPTIONS);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    const contacts = blocksOfType(first, 'contact-table')[0]!;
    contacts.rows[0]!.calls.push('someone');
    expect(JSON.stringify({ template, context })).toBe(before);
  });

  it('lists selected risks the template leaves out before the approval block, with its heading', () => {
    const plan = generatePlan(
      templateOf([paragraph('Body'), heading('h2', 'Approval'), { type: 'approval-block', version: 1, rows: [] }]),
      sampleContext(),
      OPTIONS,
    );
    expect(plan.content.root.children.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'risk-summary-table',
      'heading',
      'approval-block',
    ]);
  });

  it('leaves site fields unfilled for a workspace-wide plan', () => {
    const plan = generatePlan(
      templateOf([paragraph(field('site.name', 'Site name'))]),
      { ...sampleContext(), site: null },
      OPTIONS,
    );
    expect(collectFields(plan)[0]!.value).toBeNull();
    expect(plan.meta.title).toBe('Evacuation plan');
  });

  it('prints a field default as its value, in the text and in block rows, unless the register has a value', () => {
    const parsed = parseTemplate(`---
id: contingency-stock
title: Stock
kind: contingency
version: 1.0.0
changelog:
  - version: 1.0.0
    date: "2026-11-22"
    note: First.
---
Hold {{fill: Days of stock | default: 14}} days; again {{fill: Days of stock}} days. Cash in {{workspace.currency | default: EUR}}, site {{site.name | default: Somewhere}}.

::: checklist | title: Stock
- [ ] Water for {{fill: Days of stock}} days
- [ ] Check in every {{fill: Check-in interval | default: 60 minutes}}
- [ ] Unset {{fill: Radio channel}}
::: end
`);
    expect(parsed.problems).toEqual([]);
    const plan = generatePlan(parsed.document, sampleContext(), OPTIONS);
    expect(collectFields(plan).map((f) => [f.key, f.value])).toEqual([
      ['fill.days-of-stock', '14'],
      ['fill.days-of-stock', '14'],
      ['workspace.currency', 'EUR'],
      ['site.name', 'Head office'],
    ]);
    expect(blocksOfType(plan, 'checklist')[0]!.items.map((item) => item.text)).toEqual([
      'Water for 14 days',
      'Check in every 60 minutes',
      'Unset {{fill: Radio channel}}',
    ]);
    const withCurrency = generatePlan(
      parsed.document,
      { ...sampleContext(), workspace: { name: 'Mission', marking: '', currency: 'USD' } },
      OPTIONS,
    );
    expect(collectFields(withCurrency).find((f) => f.key === 'workspace.currency')!.value).toBe('USD');
  });

  it('keeps the line breaks and paragraphs of a multi-line register value', () => {
    const context = sampleContext();
    context.risks[0]!.description =
      'Weekly protests on the square.\r\nRoad blocks by noon.\n\n  \nLast incident: 3 March.';
    const plan = generatePlan(
      templateOf([
        {
          type: 'repeat',
          version: 1,
          over: 'risks',
          as: 'risk',
          filter: { category: ['civil-unrest'], site: 'current' },
          children: [
            paragraph('Description: ', field('risk.description')),
            list('bullet', [[field('risk.description')]]),
          ],
        },
      ]),
      context,
      OPTIONS,
    );
    const [first, second, bullets] = plan.content.root.children;
    expect(first).toEqual(
      paragraph(
        'Description: ',
        'Weekly protests on the square.',
        { type: 'linebreak', version: 1 },
        'Road blocks by noon.',
      ),
    );
    expect(second).toEqual(paragraph('Last incident: 3 March.'));
    expect((bullets as Extract<BlockNode, { type: 'list' }>).children[0]!.children.map((node) => node.type)).toEqual([
      'text',
      'linebreak',
      'text',
      'linebreak',
      'linebreak',
      'text',
    ]);
    expect(storedDocumentSchema.safeParse(plan).success).toBe(true);
  });

  it('prints the acceptance of the residual risk and the existing measures from the register', () => {
    const context = sampleContext();
    context.risks[0]!.existingMeasures = 'Guard at the gate';
    context.risks[0]!.acceptance = {
      acceptedBy: 'Head of Mission',
      criticality: 'PC2',
      date: '2026-11-01',
      expiry: '2027-05-01',
    };
    context.risks[0]!.nextReviewDate = '2027-02-01';
    const fields = ['existingMeasures', 'acceptedBy', 'criticality', 'acceptedOn', 'acceptanceExpiry', 'nextReview'];
    const plan = generatePlan(
      templateOf([
        {
          type: 'repeat',
          version: 1,
          over: 'risks',
          as: 'risk',
          filter: {},
          children: [paragraph(...fields.flatMap((name) => [field(`risk.${name}`), ' / ']))],
        },
      ]),
      context,
      OPTIONS,
    );
    const [accepted, unaccepted] = plan.content.root.children as Array<Extract<BlockNode, { type: 'paragraph' }>>;
    expect(accepted!.children.filter((node) => node.type === 'field').map((node) => node.value)).toEqual([
      'Guard at the gate',
      'Head of Mission',
      'PC2',
      '2026-11-01',
      '2027-05-01',
      '2027-02-01',
    ]);
    expect(unaccepted!.children.filter((node) => node.type === 'field').map((node) => node.value)).toEqual(
      fields.map(() => null),
    );
  });
});
