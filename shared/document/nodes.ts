/**
 * The serialized document: what the generator writes, the editor loads, SQLite stores and the
 * exporter reads. It is Lexical's serialized editor-state shape (so the editor loads it without a
 * conversion step) restricted to the node types below; Lexical itself is never imported here.
 *
 * Plans and templates share it. Template-only nodes (`repeat`, `conditional`) and the `source` of
 * structured blocks are resolved by the generator; a plan contains none of them.
 */

export const DOCUMENT_SCHEMA_VERSION = 1;

/** Lexical's text format bit flags. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** Extra per-node data (Lexical NodeState is serialized under `$`). */
export interface NodeExtras {
  /** A required section: deleting its heading asks first; plan health reports it missing. */
  required?: boolean;
  /** Stable key of a template section (e.g. "triggers"), kept into the plan. */
  sectionKey?: string;
}

interface ElementBase {
  version: 1;
  direction?: 'ltr' | 'rtl' | null;
  format?: '' | 'left' | 'center' | 'right' | 'justify' | 'start' | 'end';
  indent?: number;
  $?: NodeExtras;
}

// ---------- inline ----------

export interface TextNode {
  type: 'text';
  version: 1;
  text: string;
  /** Bit set of TEXT_FORMAT. */
  format: number;
  style?: string;
  mode?: 'normal' | 'token' | 'segmented';
  detail?: number;
}

export interface LineBreakNode {
  type: 'linebreak';
  version: 1;
}

export interface LinkNode extends ElementBase {
  type: 'link';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
  children: InlineNode[];
}

/**
 * A placeholder such as {{site.name}}. `value` null means unfilled: shown highlighted in the
 * editor, listed by plan health, printed as "[label]" on export. Filling one fills every
 * occurrence of the same key.
 */
export interface FieldNode {
  type: 'field';
  version: 1;
  key: string;
  label: string;
  value: string | null;
}

/** A link to an assessed risk; the editor shows the risk's live level, this is the snapshot. */
export interface RiskReferenceNode {
  type: 'risk-reference';
  version: 1;
  riskId: string;
  title: string;
  level: string | null;
}

export type InlineNode = TextNode | LineBreakNode | LinkNode | FieldNode | RiskReferenceNode;

// ---------- text blocks ----------

export interface ParagraphNode extends ElementBase {
  type: 'paragraph';
  textFormat?: number;
  textStyle?: string;
  children: InlineNode[];
}

export interface HeadingNode extends ElementBase {
  type: 'heading';
  tag: 'h1' | 'h2' | 'h3' | 'h4';
  children: InlineNode[];
}

export interface QuoteNode extends ElementBase {
  type: 'quote';
  children: InlineNode[];
}

export interface ListNode extends ElementBase {
  type: 'list';
  listType: 'bullet' | 'number' | 'check';
  start: number;
  tag: 'ul' | 'ol';
  children: ListItemNode[];
}

export interface ListItemNode extends ElementBase {
  type: 'listitem';
  value: number;
  checked?: boolean;
  /** Inline content, or a nested list (Lexical nests lists inside a list item). */
  children: Array<InlineNode | ListNode>;
}

export interface TableNode extends ElementBase {
  type: 'table';
  /** Column widths in pixels at 96 dpi, when known. */
  colWidths?: number[];
  children: TableRowNode[];
}

export interface TableRowNode extends ElementBase {
  type: 'tablerow';
  height?: number;
  children: TableCellNode[];
}

export interface TableCellNode extends ElementBase {
  type: 'tablecell';
  /** Lexical's header state bits: 0 none, 1 row header, 2 column header, 3 both. */
  headerState: number;
  colSpan?: number;
  rowSpan?: number;
  width?: number;
  backgroundColor?: string | null;
  children: Array<ParagraphNode | ListNode>;
}

export interface PageBreakNode {
  type: 'page-break';
  version: 1;
}

/** Starts a new Word section; what follows is printed in this orientation (annexes in landscape). */
export interface SectionBreakNode {
  type: 'section-break';
  version: 1;
  orientation: 'portrait' | 'landscape';
}

// ---------- structured blocks (decorators whose data lives in the node) ----------

/** Where a template block takes its rows from; resolved by the generator, absent in plans. */
export interface BlockSource {
  from: RepeatCollection;
  filter?: RepeatFilter;
}

export interface ActionRow {
  id: string;
  trigger: string;
  action: string;
  responsible: string;
  when: string;
  /** The measure or template line this row came from, if any. */
  origin?: string;
}

export interface ActionTableNode {
  type: 'action-table';
  version: 1;
  title: string;
  source?: BlockSource;
  rows: ActionRow[];
}

export interface ContactRow {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  callSign: string;
  deputy: string;
  /** Call tree: names of the people this person calls next. */
  calls: string[];
}

export interface ContactTableNode {
  type: 'contact-table';
  version: 1;
  variant: 'contacts' | 'call-tree';
  title: string;
  source?: BlockSource;
  rows: ContactRow[];
}

export const PACE_LEVELS = ['primary', 'alternate', 'contingency', 'emergency'] as const;
export type PaceLevel = (typeof PACE_LEVELS)[number];

export interface PaceRow {
  id: string;
  level: PaceLevel;
  means: string;
  details: string;
  owner: string;
}

export interface PaceTableNode {
  type: 'pace-table';
  version: 1;
  title: string;
  rows: PaceRow[];
}

export interface PhaseRow {
  id: string;
  phase: number;
  name: string;
  indicators: string[];
  declaredBy: string;
  actions: string[];
}

export interface PhaseTableNode {
  type: 'phase-table';
  version: 1;
  title: string;
  source?: BlockSource;
  rows: PhaseRow[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  checked: boolean;
}

export interface ChecklistNode {
  type: 'checklist';
  version: 1;
  title: string;
  items: ChecklistItem[];
}

export interface RiskScore {
  likelihood: number;
  impact: number;
  /** Level label, e.g. "High". */
  level: string;
  /** Level colour, #rrggbb. */
  color: string;
}

export interface RiskSummaryRow {
  riskId: string;
  title: string;
  site: string;
  category: string;
  inherent: RiskScore;
  residual: RiskScore | null;
  treatment: string;
}

export interface RiskSummaryTableNode {
  type: 'risk-summary-table';
  version: 1;
  title: string;
  source?: BlockSource;
  rows: RiskSummaryRow[];
}

export interface RiskMatrixCell {
  level: string;
  color: string;
  /** How many of the plan's risks sit in this cell (inherent), when shown. */
  count?: number;
}

export interface RiskMatrixNode {
  type: 'risk-matrix';
  version: 1;
  title: string;
  /** Labels for likelihood 1..n (index 0 is 1). */
  likelihoodLabels: string[];
  /** Labels for impact 1..m. */
  impactLabels: string[];
  /** cells[likelihood - 1][impact - 1]. Empty in a template: the generator fills it. */
  cells: RiskMatrixCell[][];
}

export interface CarverRow {
  targetId: string;
  name: string;
  criticality: number;
  accessibility: number;
  recuperability: number;
  vulnerability: number;
  effect: number;
  recognizability: number;
  total: number;
}

export interface CarverTableNode {
  type: 'carver-table';
  version: 1;
  title: string;
  source?: BlockSource;
  rows: CarverRow[];
}

export interface ApprovalRow {
  /** "Prepared by", "Reviewed by", "Approved by". */
  role: string;
  name: string;
  title: string;
  date: string;
}

export interface ApprovalBlockNode {
  type: 'approval-block';
  version: 1;
  rows: ApprovalRow[];
}

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

export const REPEAT_COLLECTIONS = ['risks', 'measures', 'contacts', 'phases', 'targets', 'sites'] as const;
export type RepeatCollection = (typeof REPEAT_COLLECTIONS)[number];

export interface RepeatFilter {
  /** Threat/hazard category keys; any of them matches. */
  category?: string[];
  /** Risk level label; items at or above it match (inherent level for risks). */
  minLevel?: string;
  /** Site name. */
  site?: string;
  /** Measures: prevention or mitigation. */
  measureType?: 'prevention' | 'mitigation';
}

/** Repeats its children once per item of a collection; inside, fields refer to the item. */
export interface RepeatNode {
  type: 'repeat';
  version: 1;
  over: RepeatCollection;
  /** Name of the item inside the block, e.g. "risk" ({{risk.title}}). */
  as: string;
  filter: RepeatFilter;
  children: BlockNode[];
}

export type Condition =
  { test: 'any' | 'none'; over: RepeatCollection; filter: RepeatFilter } | { test: 'filled' | 'empty'; key: string };

export interface ConditionalNode {
  type: 'conditional';
  version: 1;
  condition: Condition;
  children: BlockNode[];
  /** Shown when the condition is false. */
  otherwise: BlockNode[];
}

export type TextBlockNode = ParagraphNode | HeadingNode | QuoteNode | ListNode | TableNode;
export type BlockNode =
  TextBlockNode | PageBreakNode | SectionBreakNode | StructuredBlockNode | RepeatNode | ConditionalNode;

export type DocumentNode = BlockNode | InlineNode | ListItemNode | TableRowNode | TableCellNode;

export interface RootNode extends ElementBase {
  type: 'root';
  children: BlockNode[];
}

/** Lexical's serialized editor state. */
export interface DocumentContent {
  root: RootNode;
}

export interface DocumentMeta {
  title: string;
  /** e.g. "contingency", "site-security-plan". */
  kind: string;
  /** Template the plan came from, recorded at generation. */
  templateId?: string;
  templateVersion?: string;
}

/** What is stored and exchanged: content plus its schema version and a little metadata. */
export interface StoredDocument {
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  meta: DocumentMeta;
  content: DocumentContent;
}

export type DocumentNodeType = DocumentNode['type'] | 'root';
