import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { field, heading, list, paragraph, storedDocument, table, text } from '#shared/document/build';
import type { BlockNode, InlineNode, StoredDocument } from '#shared/document/nodes';
import { documentText } from '#shared/document/walk';
import { parseTemplate } from './parse-template';
import { serializeTemplate } from './serialize-template';
import type { TemplateMeta } from './types';

const META: TemplateMeta = {
  id: 'contingency-random',
  title: 'Random',
  kind: 'contingency',
  version: '1.0.0',
  changelog: [{ version: '1.0.0', date: '2026-11-22', note: 'Generated.' }],
  language: 'en',
  appliesTo: [],
  requiredFields: [],
  summary: '',
};

// Words full of characters Markdown would read as syntax, so escaping is exercised.
const word = fc.constantFrom(
  'alert',
  'Level',
  '#',
  '##',
  '*',
  '**',
  '_',
  '__x__',
  '[x]',
  '[link](https://a.b)',
  '1.',
  '2)',
  '-',
  '+',
  '>',
  '|',
  '<b>',
  '<script>',
  '&amp;',
  ':::',
  '\\',
  '`code`',
  '!',
  '=',
  'a|b',
  '—',
  'Ünïcode',
);
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const formats = fc.constantFrom<Array<'bold' | 'italic'>>([], ['bold'], ['italic'], ['bold', 'italic']);
const inline: fc.Arbitrary<InlineNode> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(phrase, formats).map(([value, format]) => text(value, ...format)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      field('site.name', 'Site name'),
      field('fill.assembly-point', 'Assembly point'),
      // Fields with a default: the value a template holds.
      field('fill.days-of-stock', 'Days of stock', '14'),
      field('workspace.currency', 'Currency', 'EUR'),
      field('fill.reserve', 'Reserve', '2 * [200] l_fuel & <more>'),
    ),
  },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 5 }).map((nodes) => {
  // Keep a space between neighbours so that no two pieces of text fuse into new syntax.
  const spaced: InlineNode[] = [];
  nodes.forEach((node, index) => {
    if (index) spaced.push(text(' '));
    spaced.push(node);
  });
  return spaced;
});

const block: fc.Arbitrary<BlockNode> = fc.oneof(
  inlines.map((children) => paragraph(...children)),
  fc
    .tuple(fc.constantFrom<'h1' | 'h2' | 'h3' | 'h4'>('h1', 'h2', 'h3', 'h4'), phrase, fc.boolean())
    .map(([tag, value, required]) => heading(tag, value, required ? { required: true, sectionKey: 'key' } : undefined)),
  fc
    .tuple(
      fc.constantFrom<'bullet' | 'number' | 'check'>('bullet', 'number', 'check'),
      fc.array(phrase, { minLength: 1, maxLength: 4 }),
    )
    .map(([type, items]) => list(type, items)),
  fc
    .tuple(
      fc.array(phrase, { minLength: 2, maxLength: 2 }),
      fc.array(fc.array(phrase, { minLength: 2, maxLength: 2 }), { maxLength: 3 }),
    )
    .map(([header, rows]) => table(header, rows)),
  fc.array(fc.tuple(phrase, phrase, phrase, phrase), { maxLength: 3 }).map((rows): BlockNode => ({
    type: 'action-table',
    version: 1,
    title: 'Actions',
    rows: rows.map(([trigger, action, responsible, when], index) => ({
      id: `row-${index + 1}`,
      trigger,
      action,
      responsible,
      when,
    })),
  })),
  fc.array(fc.tuple(phrase, fc.boolean()), { minLength: 1, maxLength: 4 }).map((items): BlockNode => ({
    type: 'checklist',
    version: 1,
    title: 'Check',
    items: items.map(([value, checked], index) => ({ id: `item-${index + 1}`, text: value, checked })),
  })),
);

const documents = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => {
  // Section keys must be unique in a template.
  blocks.forEach((block, index) => {
    if (block.type === 'heading' && block.$?.sectionKey) block.$.sectionKey = `section-${index}`;
  });
  return storedDocument({ title: META.title, kind: META.kind }, blocks);
});

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

function roundTrip(document: StoredDocument): StoredDocument {
  const parsed = parseTemplate(serializeTemplate({ meta: META, document }));
  expect(parsed.problems).toEqual([]);
  return parsed.document;
}

describe('serializeTemplate on generated documents', () => {
  it('keeps every word, and reaches a fixed point after one write', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const once = roundTrip(document);
        expect(normalise(documentText(once))).toBe(normalise(documentText(document)));
        expect(roundTrip(once)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
