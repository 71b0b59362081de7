/**
 * The serialized document: what the generator writes, the editor loads, SQLite stores and the
 * exporter reads. It is Lexical's serialized editor-state shape (so the editor loads it without a
 * conversion step) restricted to the node types of `schema.ts`, whose zod schemas are the one
 * description: the types below are inferred from them. Lexical itself is never imported here.
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

export const PACE_LEVELS = ['primary', 'alternate', 'contingency', 'emergency'] as const;
export type PaceLevel = (typeof PACE_LEVELS)[number];

export const REPEAT_COLLECTIONS = ['risks', 'measures', 'contacts', 'phases', 'targets', 'sites'] as const;
export type RepeatCollection = (typeof REPEAT_COLLECTIONS)[number];

export type {
  ActionRow,
  ActionTableNode,
  ApprovalBlockNode,
  ApprovalRow,
  BlockNode,
  BlockSource,
  CarverRow,
  CarverTableNode,
  ChecklistItem,
  ChecklistNode,
  Condition,
  ConditionalNode,
  ContactRow,
  ContactTableNode,
  DocumentContent,
  DocumentMeta,
  DocumentNode,
  DocumentNodeType,
  FieldNode,
  HeadingNode,
  InlineNode,
  LineBreakNode,
  LinkNode,
  ListItemNode,
  ListNode,
  NodeExtras,
  PaceRow,
  PaceTableNode,
  PageBreakNode,
  ParagraphNode,
  PhaseRow,
  PhaseTableNode,
  QuoteNode,
  RepeatFilter,
  RepeatNode,
  RiskMatrixCell,
  RiskMatrixNode,
  RiskReferenceNode,
  RiskScore,
  RiskSummaryRow,
  RiskSummaryTableNode,
  RootNode,
  SectionBreakNode,
  StoredDocument,
  StructuredBlockNode,
  TableCellNode,
  TableNode,
  TableRowNode,
  TextBlockNode,
  TextNode,
} from './schema';
