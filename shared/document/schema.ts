import { z } from 'zod';
import {
  DOCUMENT_SCHEMA_VERSION,
  PACE_LEVELS,
  REPEAT_COLLECTIONS,
  type BlockNode,
  type InlineNode,
  type ListNode,
  type StoredDocument,
} from './nodes';

/**
 * Validates a stored or received document. Objects are loose: Lexical adds properties of its own
 * (direction, format, style...) that we keep but do not interpret.
 */
const text = z.string().max(1_000_000);
const shortText = z.string().max(10_000);
const id = z.string().min(1).max(200);
const version = z.literal(1);
const extras = z
  .looseObject({ required: z.boolean().optional(), sectionKey: z.string().max(200).optional() })
  .optional();

const repeatFilter = z.object({
  category: z.array(shortText).max(100).optional(),
  minLevel: shortText.optional(),
  site: shortText.optional(),
  measureType: z.enum(['prevention', 'mitigation']).optional(),
});
const blockSource = z.object({ from: z.enum(REPEAT_COLLECTIONS), filter: repeatFilter.optional() }).optional();

const textNode = z.looseObject({ type: z.literal('text'), version, text, format: z.number().int().min(0) });
const lineBreak = z.looseObject({ type: z.literal('linebreak'), version });
const field = z.looseObject({
  type: z.literal('field'),
  version,
  key: shortText.min(1),
  label: shortText,
  value: text.nullable(),
});
const riskReference = z.looseObject({
  type: z.literal('risk-reference'),
  version,
  riskId: id,
  title: shortText,
  level: shortText.nullable(),
});

const inline: z.ZodType<InlineNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textNode,
    lineBreak,
    field,
    riskReference,
    z.looseObject({
      type: z.literal('link'),
      version,
      url: z.string().max(4000),
      children: z.array(inline).max(10_000),
      $: extras,
    }),
  ]),
) as z.ZodType<InlineNode>;

const paragraph = z.looseObject({ type: z.literal('paragraph'), version, children: z.array(inline), $: extras });
const heading = z.looseObject({
  type: z.literal('heading'),
  version,
  tag: z.enum(['h1', 'h2', 'h3', 'h4']),
  children: z.array(inline),
  $: extras,
});
const quote = z.looseObject({ type: z.literal('quote'), version, children: z.array(inline), $: extras });

const list: z.ZodType<ListNode> = z.lazy(() =>
  z.looseObject({
    type: z.literal('list'),
    version,
    listType: z.enum(['bullet', 'number', 'check']),
    start: z.number().int(),
    tag: z.enum(['ul', 'ol']),
    children: z.array(
      z.looseObject({
        type: z.literal('listitem'),
        version,
        value: z.number().int(),
        checked: z.boolean().optional(),
        children: z.array(z.union([inline, list])),
      }),
    ),
    $: extras,
  }),
) as z.ZodType<ListNode>;

const tableCell = z.looseObject({
  type: z.literal('tablecell'),
  version,
  headerState: z.number().int().min(0).max(3),
  colSpan: z.number().int().min(1).optional(),
  rowSpan: z.number().int().min(1).optional(),
  children: z.array(z.union([paragraph, list])),
});
const table = z.looseObject({
  type: z.literal('table'),
  version,
  colWidths: z.array(z.number()).optional(),
  children: z.array(z.looseObject({ type: z.literal('tablerow'), version, children: z.array(tableCell) })),
  $: extras,
});

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(100_000);
const title = shortText;
const riskScore = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  level: shortText,
  color: shortText,
});

const structured = [
  z.looseObject({
    type: z.literal('action-table'),
    version,
    title,
    source: blockSource,
    rows: rows(
      z.object({
        id,
        trigger: text,
        action: text,
        responsible: shortText,
        when: shortText,
        origin: shortText.optional(),
      }),
    ),
  }),
  z.looseObject({
    type: z.literal('contact-table'),
    version,
    variant: z.enum(['contacts', 'call-tree']),
    title,
    source: blockSource,
    rows: rows(
      z.object({
        id,
        name: shortText,
        role: shortText,
        phone: shortText,
        email: shortText,
        callSign: shortText,
        deputy: shortText,
        calls: z.array(shortText).max(100),
      }),
    ),
  }),
  z.looseObject({
    type: z.literal('pace-table'),
    version,
    title,
    rows: rows(z.object({ id, level: z.enum(PACE_LEVELS), means: text, details: text, owner: shortText })),
  }),
  z.looseObject({
    type: z.literal('phase-table'),
    version,
    title,
    source: blockSource,
    rows: rows(
      z.object({
        id,
        phase: z.number().int(),
        name: shortText,
        indicators: z.array(text).max(1000),
        declaredBy: shortText,
        actions: z.array(text).max(1000),
      }),
    ),
  }),
  z.looseObject({
    type: z.literal('checklist'),
    version,
    title,
    items: rows(z.object({ id, text, checked: z.boolean() })),
  }),
  z.looseObject({
    type: z.literal('risk-summary-table'),
    version,
    title,
    source: blockSource,
    rows: rows(
      z.object({
        riskId: id,
        title: shortText,
        site: shortText,
        category: shortText,
        inherent: riskScore,
        residual: riskScore.nullable(),
        treatment: shortText,
      }),
    ),
  }),
  z.looseObject({
    type: z.literal('risk-matrix'),
    version,
    title,
    likelihoodLabels: z.array(shortText).max(10),
    impactLabels: z.array(shortText).max(10),
    cells: z
      .array(
        z.array(z.object({ level: shortText, color: shortText, count: z.number().int().min(0).optional() })).max(10),
      )
      .max(10),
  }),
  z.looseObject({
    type: z.literal('carver-table'),
    version,
    title,
    source: blockSource,
    rows: rows(
      z.object({
        targetId: id,
        name: shortText,
        criticality: z.number(),
        accessibility: z.number(),
        recuperability: z.number(),
        vulnerability: z.number(),
        effect: z.number(),
        recognizability: z.number(),
        total: z.number(),
      }),
    ),
  }),
  z.looseObject({
    type: z.literal('approval-block'),
    version,
    rows: rows(z.object({ role: shortText, name: shortText, title: shortText, date: shortText })),
  }),
] as const;

const condition = z.union([
  z.object({ test: z.enum(['any', 'none']), over: z.enum(REPEAT_COLLECTIONS), filter: repeatFilter }),
  z.object({ test: z.enum(['filled', 'empty']), key: shortText }),
]);

export const blockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraph,
    heading,
    quote,
    list,
    table,
    z.looseObject({ type: z.literal('page-break'), version }),
    z.looseObject({ type: z.literal('section-break'), version, orientation: z.enum(['portrait', 'landscape']) }),
    ...structured,
    z.looseObject({
      type: z.literal('repeat'),
      version,
      over: z.enum(REPEAT_COLLECTIONS),
      as: z.string().regex(/^[a-z][a-zA-Z]*$/),
      filter: repeatFilter,
      children: z.array(blockNodeSchema),
    }),
    z.looseObject({
      type: z.literal('conditional'),
      version,
      condition,
      children: z.array(blockNodeSchema),
      otherwise: z.array(blockNodeSchema),
    }),
  ] as never),
) as z.ZodType<BlockNode>;

export const storedDocumentSchema: z.ZodType<StoredDocument> = z.object({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  meta: z.looseObject({
    title: shortText,
    kind: shortText,
    templateId: shortText.optional(),
    templateVersion: shortText.optional(),
  }),
  content: z.object({ root: z.looseObject({ type: z.literal('root'), version, children: z.array(blockNodeSchema) }) }),
}) as unknown as z.ZodType<StoredDocument>;
