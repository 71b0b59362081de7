import { z } from 'zod';
import { DOCUMENT_SCHEMA_VERSION, PACE_LEVELS, REPEAT_COLLECTIONS } from './nodes';

/*
 * The serialized document, written once: these schemas validate a stored or received document,
 * and the document types (re-exported by nodes.ts) are inferred from them. Recursion (links,
 * lists in list items, template containers) goes through getters, which zod 4 follows lazily; a
 * getter's return type is spelled out because TypeScript cannot infer a type from itself.
 *
 * Objects are loose: Lexical adds properties of its own that we keep but do not interpret. Those
 * our types name (alignment, indent and cell colour are exported to Word) are declared after ours,
 * in the order Lexical writes them. The order matters: a parsed object has the declared keys first,
 * in declaration order, then the others as they came, and the parsed document is what gets stored
 * (document.test.ts checks the order). A new property goes after the existing ones.
 */

const text = z.string().max(1_000_000);
const shortText = z.string().max(10_000);
const id = z.string().min(1).max(200);
const version = z.literal(1);

/** Extra per-node data (Lexical NodeState is serialized under `$`). */
const nodeExtras = z.looseObject({
  /** A required section: deleting its heading asks first; plan health reports it missing. */
  required: z.boolean().optional(),
  /** Stable key of a template section (e.g. "triggers"), kept into the plan. */
  sectionKey: z.string().max(200).optional(),
});
export type NodeExtras = z.infer<typeof nodeExtras>;

const extras = nodeExtras.optional();

// Lexical's own element properties, in the order it writes them.
const direction = z.enum(['ltr', 'rtl']).nullable().optional();
const alignment = z.enum(['', 'left', 'center', 'right', 'justify', 'start', 'end']).optional();
const indent = z.number().optional();
const lexicalElement = { direction, format: alignment, indent };

// ---------- inline ----------

const textNode = z.looseObject({
  type: z.literal('text'),
  version,
  text,
  /** Bit set of TEXT_FORMAT. */
  format: z.number().int().min(0),
  detail: z.number().optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  style: z.string().optional(),
});
export type TextNode = z.infer<typeof textNode>;

const lineBreak = z.looseObject({ type: z.literal('linebreak'), version });
export type LineBreakNode = z.infer<typeof lineBreak>;

// Spelled out rather than spread: TypeScript cannot infer a spread next to a recursive getter.
const link = z.looseObject({
  type: z.literal('link'),
  version,
  url: z.string().max(4000),
  get children(): z.ZodArray<typeof inline> {
    return z.array(inline).max(10_000);
  },
  $: extras,
  rel: z.string().nullable().optional(),
  target: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  direction,
  format: alignment,
  indent,
});
export type LinkNode = z.infer<typeof link>;

/**
 * A placeholder such as {{site.name}}. `value` null means unfilled: shown highlighted in the
 * editor, listed by plan health, printed as "[label]" on export. Filling one fills every
 * occurrence of the same key.
 */
const field = z.looseObject({
  type: z.literal('field'),
  version,
  key: shortText.min(1),
  label: shortText,
  value: text.nullable(),
});
export type FieldNode = z.infer<typeof field>;

/** A link to an assessed risk; the editor shows the risk's live level, this is the snapshot. */
const riskReference = z.looseObject({
  type: z.literal('risk-reference'),
  version,
  riskId: id,
  title: shortText,
  level: shortText.nullable(),
});
export type RiskReferenceNode = z.infer<typeof riskReference>;

const inline = z.discriminatedUnion('type', [textNode, lineBreak, link, field, riskReference]);
export type InlineNode = z.infer<typeof inline>;

// ---------- text blocks ----------

const paragraph = z.looseObject({
  type: z.literal('paragraph'),
  version,
  children: z.array(inline),
  $: extras,
  ...lexicalElement,
  textFormat: z.number().optional(),
  textStyle: z.string().optional(),
});
export type ParagraphNode = z.infer<typeof paragraph>;

const heading = z.looseObject({
  type: z.literal('heading'),
  version,
  tag: z.enum(['h1', 'h2', 'h3', 'h4']),
  children: z.array(inline),
  $: extras,
  ...lexicalElement,
});
export type HeadingNode = z.infer<typeof heading>;

const quote = z.looseObject({
  type: z.literal('quote'),
  version,
  children: z.array(inline),
  $: extras,
  ...lexicalElement,
});
export type QuoteNode = z.infer<typeof quote>;

const listItem = z.looseObject({
  type: z.literal('listitem'),
  version,
  value: z.number().int(),
  checked: z.boolean().optional(),
  /** Inline content, or a nested list (Lexical nests lists inside a list item). */
  get children(): z.ZodArray<z.ZodUnion<[typeof inline, typeof list]>> {
    return z.array(z.union([inline, list]));
  },
  indent,
  direction,
  format: alignment,
});
export type ListItemNode = z.infer<typeof listItem>;

const list = z.looseObject({
  type: z.literal('list'),
  version,
  listType: z.enum(['bullet', 'number', 'check']),
  start: z.number().int(),
  tag: z.enum(['ul', 'ol']),
  children: z.array(listItem),
  $: extras,
  ...lexicalElement,
});
export type ListNode = z.infer<typeof list>;

const tableCell = z.looseObject({
  type: z.literal('tablecell'),
  version,
  /** Lexical's header state bits: 0 none, 1 row header, 2 column header, 3 both. */
  headerState: z.number().int().min(0).max(3),
  colSpan: z.number().int().min(1).optional(),
  rowSpan: z.number().int().min(1).optional(),
  children: z.array(z.union([paragraph, list])),
  backgroundColor: z.string().nullable().optional(),
});
export type TableCellNode = z.infer<typeof tableCell>;

const tableRow = z.looseObject({
  type: z.literal('tablerow'),
  version,
  children: z.array(tableCell),
  height: z.number().optional(),
  ...lexicalElement,
});
export type TableRowNode = z.infer<typeof tableRow>;

const table = z.looseObject({
  type: z.literal('table'),
  version,
  /** Column widths in pixels at 96 dpi, when known. */
  colWidths: z.array(z.number()).optional(),
  children: z.array(tableRow),
  $: extras,
});
export type TableNode = z.infer<typeof table>;

const pageBreak = z.looseObject({ type: z.literal('page-break'), version });
export type PageBreakNode = z.infer<typeof pageBreak>;

/** Starts a new Word section; what follows is printed in this orientation (annexes in landscape). */
const sectionBreak = z.looseObject({
  type: z.literal('section-break'),
  version,
  orientation: z.enum(['portrait', 'landscape']),
});
export type SectionBreakNode = z.infer<typeof sectionBreak>;

// ---------- structured blocks (decorators whose data lives in the node) ----------

const repeatCollection = z.enum(REPEAT_COLLECTIONS);

const repeatFilter = z.object({
  /** Threat/hazard category keys; any of them matches. */
  category: z.array(shortText).max(100).optional(),
  /** Risk level label; items at or above it match (inherent level for risks). */
  minLevel: shortText.optional(),
  /** Site name. */
  site: shortText.optional(),
  /** Measures: prevention or mitigation. */
  measureType: z.enum(['prevention', 'mitigation']).optional(),
});
export type RepeatFilter = z.infer<typeof repeatFilter>;

/** Where a template block takes its rows from; resolved by the generator, absent in plans. */
const blockSource = z.object({ from: repeatCollection, filter: repeatFilter.optional() });
export type BlockSource = z.infer<typeof blockSource>;

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(100_000);
const title = shortText;

const actionRow = z.object({
  id,
  trigger: text,
  action: text,
  responsible: shortText,
  when: shortText,
  /** The measure or template line this row came from, if any. */
  origin: shortText.optional(),
});
export type ActionRow = z.infer<typeof actionRow>;

const actionTable = z.looseObject({
  type: z.literal('action-table'),
  version,
  title,
  source: blockSource.optional(),
  rows: rows(actionRow),
});
export type ActionTableNode = z.infer<typeof actionTable>;

const contactRow = z.object({
  id,
  name: shortText,
  role: shortText,
  phone: shortText,
  email: shortText,
  callSign: shortText,
  deputy: shortText,
  /** Call tree: names of the people this person calls next. */
  calls: z.array(shortText).max(100),
});
export type ContactRow = z.infer<typeof contactRow>;

const contactTable = z.looseObject({
  type: z.literal('contact-table'),
  version,
  variant: z.enum(['contacts', 'call-tree']),
  title,
  source: blockSource.optional(),
  rows: rows(contactRow),
});
export type ContactTableNode = z.infer<typeof contactTable>;

const paceRow = z.object({ id, level: z.enum(PACE_LEVELS), means: text, details: text, owner: shortText });
export type PaceRow = z.infer<typeof paceRow>;

const paceTable = z.looseObject({ type: z.literal('pace-table'), version, title, rows: rows(paceRow) });
export type PaceTableNode = z.infer<typeof paceTable>;

const phaseRow = z.object({
  id,
  phase: z.number().int(),
  name: shortText,
  indicators: z.array(text).max(1000),
  declaredBy: shortText,
  actions: z.array(text).max(1000),
});
export type PhaseRow = z.infer<typeof phaseRow>;

const phaseTable = z.looseObject({
  type: z.literal('phase-table'),
  version,
  title,
  source: blockSource.optional(),
  rows: rows(phaseRow),
});
export type PhaseTableNode = z.infer<typeof phaseTable>;

const checklistItem = z.object({ id, text, checked: z.boolean() });
export type ChecklistItem = z.infer<typeof checklistItem>;

const checklist = z.looseObject({ type: z.literal('checklist'), version, title, items: rows(checklistItem) });
export type ChecklistNode = z.infer<typeof checklist>;

const riskScore = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  /** Level label, e.g. "High". */
  level: shortText,
  /** Level colour, #rrggbb. */
  color: shortText,
});
export type RiskScore = z.infer<typeof riskScore>;

const riskSummaryRow = z.object({
  riskId: id,
  title: shortText,
  site: shortText,
  category: shortText,
  inherent: riskScore,
  residual: riskScore.nullable(),
  treatment: shortText,
});
export type RiskSummaryRow = z.infer<typeof riskSummaryRow>;

const riskSummaryTable = z.looseObject({
  type: z.literal('risk-summary-table'),
  version,
  title,
  source: blockSource.optional(),
  rows: rows(riskSummaryRow),
});
export type RiskSummaryTableNode = z.infer<typeof riskSummaryTable>;

const riskMatrixCell = z.object({
  level: shortText,
  color: shortText,
  /** How many of the plan's risks sit in this cell (inherent), when shown. */
  count: z.number().int().min(0).optional(),
});
export type RiskMatrixCell = z.infer<typeof riskMatrixCell>;

const riskMatrix = z.looseObject({
  type: z.literal('risk-matrix'),
  version,
  title,
  /** Labels for likelihood 1..n (index 0 is 1). */
  likelihoodLabels: z.array(shortText).max(10),
  /** Labels for impact 1..m. */
  impactLabels: z.array(shortText).max(10),
  /** cells[likelihood - 1][impact - 1]. Empty in a template: the generator fills it. */
  cells: z.array(z.array(riskMatrixCell).max(10)).max(10),
});
export type RiskMatrixNode = z.infer<typeof riskMatrix>;

const carverRow = z.object({
  targetId: id,
  name: shortText,
  criticality: z.number(),
  accessibility: z.number(),
  recuperability: z.number(),
  vulnerability: z.number(),
  effect: z.number(),
  recognizability: z.number(),
  total: z.number(),
});
export type CarverRow = z.infer<typeof carverRow>;

const carverTable = z.looseObject({
  type: z.literal('carver-table'),
  version,
  title,
  source: blockSource.optional(),
  rows: rows(carverRow),
});
export type CarverTableNode = z.infer<typeof carverTable>;

const approvalRow = z.object({
  /** "Prepared by", "Reviewed by", "Approved by". */
  role: shortText,
  name: shortText,
  title: shortText,
  date: shortText,
});
export type ApprovalRow = z.infer<typeof approvalRow>;

const approvalBlock = z.looseObject({ type: z.literal('approval-block'), version, rows: rows(approvalRow) });
export type ApprovalBlockNode = z.infer<typeof approvalBlock>;

export type StructuredBlockNode =
  | ActionTableNode
  | ContactTableNode
  | PaceTableNode
  | PhaseTableNode
  | ChecklistNode
  | RiskSummaryTableNode
  | RiskMatrixNode
  | CarverTableNode
  | ApprovalBlockNode;

// ---------- template-only ----------

const condition = z.union([
  z.object({ test: z.enum(['any', 'none']), over: repeatCollection, filter: repeatFilter }),
  z.object({ test: z.enum(['filled', 'empty']), key: shortText }),
]);
export type Condition = z.infer<typeof condition>;

/** Repeats its children once per item of a collection; inside, fields refer to the item. */
const repeat = z.looseObject({
  type: z.literal('repeat'),
  version,
  over: repeatCollection,
  /** Name of the item inside the block, e.g. "risk" ({{risk.title}}). */
  as: z.string().regex(/^[a-z][a-zA-Z]*$/),
  filter: repeatFilter,
  get children(): z.ZodArray<typeof block> {
    return z.array(block);
  },
});
export type RepeatNode = z.infer<typeof repeat>;

const conditional = z.looseObject({
  type: z.literal('conditional'),
  version,
  condition,
  get children(): z.ZodArray<typeof block> {
    return z.array(block);
  },
  /** Shown when the condition is false. */
  get otherwise(): z.ZodArray<typeof block> {
    return z.array(block);
  },
});
export type ConditionalNode = z.infer<typeof conditional>;

// ---------- the document ----------

const block = z.discriminatedUnion('type', [
  paragraph,
  heading,
  quote,
  list,
  table,
  pageBreak,
  sectionBreak,
  actionTable,
  contactTable,
  paceTable,
  phaseTable,
  checklist,
  riskSummaryTable,
  riskMatrix,
  carverTable,
  approvalBlock,
  repeat,
  conditional,
]);
export type BlockNode = z.infer<typeof block>;
export type TextBlockNode = ParagraphNode | HeadingNode | QuoteNode | ListNode | TableNode;
export type DocumentNode = BlockNode | InlineNode | ListItemNode | TableRowNode | TableCellNode;

const root = z.looseObject({ type: z.literal('root'), version, children: z.array(block), ...lexicalElement });
export type RootNode = z.infer<typeof root>;

/** Lexical's serialized editor state. */
const content = z.object({ root });
export type DocumentContent = z.infer<typeof content>;

const meta = z.looseObject({
  title: shortText,
  /** e.g. "contingency", "site-security-plan". */
  kind: shortText,
  /** Template the plan came from, recorded at generation. */
  templateId: shortText.optional(),
  templateVersion: shortText.optional(),
});
export type DocumentMeta = z.infer<typeof meta>;

/** What is stored and exchanged: content plus its schema version and a little metadata. */
export const storedDocumentSchema = z.object({ schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION), meta, content });
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

export const blockNodeSchema = block;

export type DocumentNodeType = DocumentNode['type'] | RootNode['type'];
