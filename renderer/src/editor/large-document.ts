import {
  field,
  heading,
  list,
  paragraph,
  storedDocument,
  table,
  text,
  type BlockNode,
  type InlineNode,
  type StoredDocument,
} from '#shared/document';

/*
 * A deterministic, realistic-looking large plan for benchmarks: DESIGN.md measures a 200-page plan
 * at about 25,000 Lexical nodes. Each "page" mixes what plans contain: headings (some required),
 * paragraphs with fields and risk references, lists, a table and a structured block.
 */

const SENTENCES = [
  'Staff remain in the safe room until the warden gives the all-clear by radio.',
  'The security focal point confirms the head count with every team leader.',
  'Vehicles are refuelled at the end of each day and kept facing the exit.',
  'Movement outside the capital requires prior clearance from the security officer.',
  'Grab bags are checked monthly: documents, cash, water, first aid and a charged phone.',
  'National staff provisions are agreed with the head of office before any relocation.',
];

function sentence(seed: number): string {
  return SENTENCES[seed % SENTENCES.length]!;
}

function richParagraph(seed: number): BlockNode {
  const inlines: InlineNode[] = [
    text(sentence(seed)),
    text(' Contact ', 'bold'),
    field(seed % 3 === 0 ? 'site.name' : 'contact.security', seed % 3 === 0 ? 'Site name' : 'Security officer'),
    text(` before ${sentence(seed + 1).toLowerCase()}`),
  ];
  if (seed % 4 === 0) {
    inlines.push(text(' See '), {
      type: 'risk-reference',
      version: 1,
      riskId: `risk-${seed % 40}`,
      title: `Risk ${seed % 40}`,
      level: 'High',
    });
  }
  return paragraph(...inlines);
}

function page(index: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  if (index % 2 === 0) {
    blocks.push(
      heading('h2', `${index / 2 + 1}. Section ${index / 2 + 1}`, index % 10 === 0 ? { required: true } : undefined),
    );
  }
  for (let paragraphIndex = 0; paragraphIndex < 13; paragraphIndex++)
    blocks.push(richParagraph(index * 17 + paragraphIndex));
  blocks.push(
    list('bullet', [
      sentence(index),
      sentence(index + 2),
      [text(sentence(index + 3)), field('site.name', 'Site name')],
    ]),
  );
  blocks.push(
    table(
      ['Who', 'What', 'When'],
      [
        ['Warden', sentence(index + 4), 'Immediately'],
        ['Driver', sentence(index + 5), 'Within 1 hour'],
        ['Head of office', sentence(index + 6), 'Before the next check-in'],
      ],
    ),
  );
  blocks.push(
    index % 2 === 0
      ? {
          type: 'action-table',
          version: 1,
          title: `Actions ${index}`,
          rows: [0, 1, 2].map((row) => ({
            id: `a-${index}-${row}`,
            trigger: sentence(index + row),
            action: sentence(index + row + 1),
            responsible: 'Security focal point',
            when: '0-10 min',
          })),
        }
      : {
          type: 'checklist',
          version: 1,
          title: `Checklist ${index}`,
          items: [0, 1, 2, 3].map((item) => ({
            id: `c-${index}-${item}`,
            text: sentence(index + item),
            checked: item === 0,
          })),
        },
  );
  return blocks;
}

/** A plan of `pages` pages (200 gives about 25,000 nodes). */
export function largePlan(pages = 200): StoredDocument {
  const blocks: BlockNode[] = [heading('h1', 'Site safety and security plan', { required: true })];
  for (let index = 0; index < pages; index++) blocks.push(...page(index));
  return storedDocument({ title: `Large plan (${pages} pages)`, kind: 'site-security-plan' }, blocks);
}
