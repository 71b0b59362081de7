import { field, heading, list, paragraph, storedDocument, table, text } from '#shared/document/build';
import type { BlockNode, ListNode, StoredDocument } from '#shared/document/nodes';
import type { CoverInfo } from './document';

/**
 * Hand-built documents for tests and the benchmark: every node type, the scripts and sizes that
 * break naive exporters (Cyrillic, Georgian, emoji, very long words, empty sections, big tables).
 */

export const FIXTURE_COVER: CoverInfo = {
  title: 'Evacuation contingency plan — Karavia HQ',
  subtitle: 'Contingency plan',
  site: 'Mission headquarters',
  workspace: 'Sample: Mission to Karavia',
  version: '3',
  date: '22 November 2026',
  marking: 'RESTRICTED',
  author: 'Chief Security Officer',
  keywords: ['evacuation', 'contingency'],
};

const LEVEL_COLOURS = {
  Low: '#70ad47',
  Medium: '#ffd966',
  High: '#f4b183',
  'Very high': '#ff0000',
  Unacceptable: '#7b0000',
};
type Level = keyof typeof LEVEL_COLOURS;
const MATRIX: Level[][] = [
  ['Low', 'Low', 'Low', 'Low', 'Medium'],
  ['Low', 'Low', 'Low', 'Medium', 'Medium'],
  ['Low', 'Low', 'Medium', 'High', 'High'],
  ['Low', 'Medium', 'High', 'High', 'Very high'],
  ['Low', 'Medium', 'High', 'Very high', 'Unacceptable'],
];

function nestedList(): ListNode {
  const inner = list('bullet', ['Passports and laissez-passer', 'Cash in two currencies']);
  const outer = list('number', ['Collect the grab bag', 'Check the kit:', 'Report to the warden']);
  const second = outer.children[1];
  if (second) {
    outer.children.splice(2, 0, { type: 'listitem', version: 1, value: 3, children: [inner] });
  }
  return outer;
}

export function everyNodeDocument(): StoredDocument {
  const blocks: BlockNode[] = [
    heading('h1', 'Purpose and scope', { sectionKey: 'purpose', required: true }),
    paragraph(
      text('This plan covers the '),
      text('relocation', 'bold'),
      text(' and '),
      text('evacuation', 'italic'),
      text(' of staff from '),
      field('site.name', 'Site name', 'Mission headquarters'),
      text(', approved by '),
      field('approver.name', 'Approver name'),
      text('. See '),
      { type: 'link', version: 1, url: 'https://www.osce.org', children: [text('the OSCE site')] },
      text(' and '),
      { type: 'risk-reference', version: 1, riskId: 'r1', title: 'Armed clashes near the capital', level: 'High' },
      { type: 'linebreak', version: 1 },
      text('Underlined, struck, code and x', 'underline'),
      text('2', 'superscript'),
    ),
    { type: 'quote', version: 1, children: [text('Staff safety comes before assets.')] },
    heading('h2', 'Languages'),
    paragraph('Русский: План эвакуации сотрудников миссии.'),
    paragraph('ქართული: თანამშრომლების ევაკუაციის გეგმა.'),
    paragraph('Emoji: 🚑 🛰️ 📞 and a control char\u0007 that must vanish.'),
    paragraph(`Long word: ${'Kontingenzplanungsverantwortlichkeitsübertragung'.repeat(6)}`),
    heading('h3', 'An empty section'),
    heading('h3', 'Lists'),
    nestedList(),
    list('check', ['Radio charged', 'Vehicle fuelled']),
    heading('h4', 'A fourth-level heading'),
    table(
      ['Item', 'Quantity', 'Location'],
      [
        ['Water (litres)', '200', 'Basement store'],
        ['Fuel (litres)', '400', 'Compound'],
      ],
    ),
    { type: 'page-break', version: 1 },
    heading('h1', 'Risk assessment'),
    {
      type: 'risk-matrix',
      version: 1,
      title: 'Risk matrix',
      likelihoodLabels: ['Very unlikely', 'Unlikely', 'Moderately likely', 'Likely', 'Very likely'],
      impactLabels: ['Negligible', 'Minor', 'Moderate', 'Severe', 'Critical'],
      cells: MATRIX.map((row) =>
        row.map((level, index) => ({ level, color: LEVEL_COLOURS[level], count: index === 3 ? 2 : 0 })),
      ),
    },
    {
      type: 'risk-summary-table',
      version: 1,
      title: 'Risks covered',
      rows: [
        {
          riskId: 'r1',
          title: 'Armed clashes near the capital',
          site: 'Mission headquarters',
          category: 'Armed conflict',
          inherent: { likelihood: 4, impact: 4, level: 'High', color: '#f4b183' },
          residual: { likelihood: 2, impact: 4, level: 'Medium', color: '#ffd966' },
          treatment: 'Control',
        },
        {
          riskId: 'r2',
          title: 'Earthquake',
          site: 'Residence',
          category: 'Natural hazard',
          inherent: { likelihood: 2, impact: 5, level: 'Medium', color: '#ffd966' },
          residual: null,
          treatment: 'Accept',
        },
      ],
    },
    {
      type: 'carver-table',
      version: 1,
      title: 'CARVER ranking',
      rows: [
        {
          targetId: 't1',
          name: 'City hospital',
          criticality: 5,
          accessibility: 4,
          recuperability: 4,
          vulnerability: 4,
          effect: 5,
          recognizability: 5,
          total: 27,
        },
      ],
    },
    heading('h1', 'Phases and actions'),
    {
      type: 'phase-table',
      version: 1,
      title: 'Security phases',
      rows: [
        {
          id: 'p1',
          phase: 5,
          name: 'Relocation',
          indicators: ['Fighting within 20 km', 'Embassies relocate'],
          declaredBy: 'Head of Mission',
          actions: ['Move to the assembly point', 'Account for all staff'],
        },
      ],
    },
    {
      type: 'action-table',
      version: 1,
      title: 'Actions',
      rows: [
        { id: 'a1', trigger: 'Phase 5 declared', action: 'Convoy departs', responsible: 'Convoy leader', when: 'H+2' },
      ],
    },
    {
      type: 'checklist',
      version: 1,
      title: 'Grab bag',
      items: [
        { id: 'c1', text: 'Satellite phone', checked: true },
        { id: 'c2', text: 'First aid kit', checked: false },
      ],
    },
    { type: 'section-break', version: 1, orientation: 'landscape' },
    heading('h1', 'Annex A: Contacts'),
    {
      type: 'contact-table',
      version: 1,
      variant: 'contacts',
      title: 'Emergency contacts',
      rows: [
        {
          id: 'k1',
          name: 'Ana Beridze',
          role: 'Security focal point',
          phone: '+995 555 000 111',
          email: 'ana@example.org',
          callSign: 'Alpha 1',
          deputy: 'Ivan Petrov',
          calls: ['Ivan Petrov'],
        },
      ],
    },
    { type: 'contact-table', version: 1, variant: 'call-tree', title: 'Call tree', rows: [] },
    {
      type: 'pace-table',
      version: 1,
      title: 'Communications (PACE)',
      rows: [
        { id: 'm1', level: 'primary', means: 'Mobile phone', details: 'Local network', owner: 'All staff' },
        {
          id: 'm2',
          level: 'emergency',
          means: 'Satellite phone',
          details: 'Thuraya in the grab bag',
          owner: 'Wardens',
        },
      ],
    },
    { type: 'section-break', version: 1, orientation: 'portrait' },
    heading('h1', 'Approval'),
    {
      type: 'approval-block',
      version: 1,
      rows: [
        { role: 'Prepared by', name: 'Ana Beridze', title: 'Security focal point', date: '20 Nov 2026' },
        { role: 'Approved by', name: '', title: 'Head of Mission', date: '' },
      ],
    },
    {
      type: 'conditional',
      version: 1,
      condition: { test: 'filled', key: 'site.name' },
      children: [paragraph('Shown when the condition holds.')],
      otherwise: [paragraph('Not shown.')],
    },
    {
      type: 'repeat',
      version: 1,
      over: 'risks',
      as: 'risk',
      filter: {},
      children: [paragraph(field('risk.title', 'Risk title'))],
    },
  ];
  return storedDocument({ title: FIXTURE_COVER.title, kind: 'contingency' }, blocks);
}

/** A long plan: `sections` chapters of prose, lists and an action table (about 2.5 pages each). */
export function largePlanDocument(sections: number): StoredDocument {
  const blocks: BlockNode[] = [];
  const prose =
    'Wardens confirm the whereabouts of every staff member in their zone and report to the security focal point by radio; ' +
    'where the primary means fails, the alternate is used at once and the failure is logged with the time and the reason.';
  for (let index = 1; index <= sections; index += 1) {
    blocks.push(heading('h1', `Chapter ${index}: Area ${index}`));
    for (let sub = 1; sub <= 3; sub += 1) {
      blocks.push(heading('h2', `Procedure ${index}.${sub}`));
      blocks.push(paragraph(prose), paragraph(prose));
      blocks.push(
        list('bullet', ['Check the vehicle and fuel', 'Confirm the route with the convoy leader', 'Report departure']),
      );
    }
    blocks.push({
      type: 'action-table',
      version: 1,
      title: `Actions for area ${index}`,
      rows: Array.from({ length: 8 }, (_, row) => ({
        id: `a${index}-${row}`,
        trigger: `Trigger ${row + 1}`,
        action: 'Move staff to the assembly point and account for everyone',
        responsible: 'Warden',
        when: `H+${row}`,
      })),
    });
  }
  return storedDocument({ title: 'Large plan', kind: 'site-security-plan' }, blocks);
}

/** A table of `rows` body rows, for the size tests. */
export function bigTableDocument(rows: number): StoredDocument {
  return storedDocument({ title: 'Big table', kind: 'contingency' }, [
    heading('h1', 'Stock list'),
    table(
      ['#', 'Item', 'Quantity', 'Location'],
      Array.from({ length: rows }, (_, index) => [String(index + 1), `Item ${index + 1}`, String(index % 40), 'Store']),
    ),
  ]);
}
