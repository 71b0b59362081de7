import { describe, expect, it } from 'vitest';
import { field, heading, list, paragraph, storedDocument, table, text } from './build';
import type { BlockNode, ParagraphNode } from './nodes';
import { storedDocumentSchema } from './schema';
import { collectFields, documentText } from './walk';

const sample = storedDocument({ title: 'Evacuation plan', kind: 'contingency' }, [
  heading('h1', 'Purpose and scope', { required: true, sectionKey: 'purpose' }),
  paragraph('This plan covers ', field('site.name', 'Site name'), ' and its staff.'),
  list('number', ['Assemble at the residence', 'Account for all staff']),
  table(['Trigger', 'Action'], [['Phase 5 declared', 'Move to the airport']]),
  {
    type: 'action-table',
    version: 1,
    title: 'Actions',
    rows: [
      {
        id: 'a1',
        trigger: 'Shooting nearby',
        action: 'Lock down the office',
        responsible: 'Security focal point',
        when: '0-10 min',
      },
    ],
  },
  {
    type: 'checklist',
    version: 1,
    title: 'Grab bag',
    items: [{ id: 'c1', text: 'Satellite phone, charged', checked: false }],
  },
  {
    type: 'conditional',
    version: 1,
    condition: { test: 'any', over: 'risks', filter: { minLevel: 'Very high' } },
    children: [paragraph('Consider relocation.')],
    otherwise: [],
  },
]);

describe('the document model', () => {
  it('validates a document built with the helpers, through a JSON round trip', () => {
    const parsed = storedDocumentSchema.safeParse(JSON.parse(JSON.stringify(sample)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
  });

  it('keeps properties Lexical adds that we do not interpret', () => {
    const withExtras = JSON.parse(JSON.stringify(sample));
    withExtras.content.root.children[1].textStyle = 'color: red';
    const parsed = storedDocumentSchema.parse(withExtras);
    expect((parsed.content.root.children[1] as unknown as { textStyle: string }).textStyle).toBe('color: red');
  });

  it('stores the keys in the order they were stored in before: ours first, then as Lexical wrote them', () => {
    // As Lexical 0.52 writes a paragraph and a text; validation output is what gets stored.
    const lexical: ParagraphNode = {
      children: [{ detail: 0, format: 1, mode: 'normal', style: '', text: 'Hi', type: 'text', version: 1 }],
      direction: null,
      format: 'center',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      type: 'paragraph',
      version: 1,
    };
    const document = storedDocument({ title: 'Order', kind: 'contingency' }, [lexical]);
    const [parsed] = storedDocumentSchema.parse(document).content.root.children;
    expect(Object.keys(parsed!)).toEqual([
      'type',
      'version',
      'children',
      'direction',
      'format',
      'indent',
      'textFormat',
      'textStyle',
    ]);
    expect(Object.keys((parsed as ParagraphNode).children[0]!)).toEqual([
      'type',
      'version',
      'text',
      'format',
      'detail',
      'mode',
      'style',
    ]);
  });

  it('rejects unknown node types and malformed structured blocks, naming the path', () => {
    const bad = JSON.parse(JSON.stringify(sample));
    bad.content.root.children.push({ type: 'script', version: 1, code: 'alert(1)' });
    const result = storedDocumentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['content', 'root', 'children', 7, 'type']);

    const badRows = JSON.parse(JSON.stringify(sample));
    badRows.content.root.children[4].rows[0].responsible = 42;
    expect(storedDocumentSchema.safeParse(badRows).success).toBe(false);
  });

  it('finds fields and extracts readable text, unfilled fields shown as [label]', () => {
    expect(collectFields(sample).map((node) => node.key)).toEqual(['site.name']);
    const plain = documentText(sample);
    expect(plain).toContain('This plan covers [Site name] and its staff.');
    expect(plain).toContain('Shooting nearby | Lock down the office | Security focal point | 0-10 min');
    expect(plain).toContain('Satellite phone, charged');
    expect(plain).toContain('Consider relocation.');
  });

  it('formats text with Lexical bit flags', () => {
    expect(text('x', 'bold', 'italic').format).toBe(3);
    const node: BlockNode = paragraph(text('bold', 'bold'));
    expect(node.type).toBe('paragraph');
  });
});
