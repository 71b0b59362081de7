import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { LineBreakNode, ParagraphNode, RootNode, TextNode, type Klass, type LexicalNode } from 'lexical';
import type { DocumentNodeType } from '#shared/document';
import { ChapterNode } from './nodes/ChapterNode';
import { ConditionalBranchNode, ConditionalNode, RepeatNode } from './nodes/ContainerNodes';
import { FieldNode } from './nodes/FieldNode';
import { RiskReferenceNode } from './nodes/RiskReferenceNode';
import {
  ActionTableNode,
  ApprovalBlockNode,
  CarverTableNode,
  ChecklistNode,
  ContactTableNode,
  PaceTableNode,
  PageBreakNode,
  PhaseTableNode,
  RiskMatrixNode,
  RiskSummaryTableNode,
  SectionBreakNode,
} from './nodes/StructuredBlockNodes';

/**
 * The class that opens each node type a stored document may contain (shared/document/schema.ts):
 * a type added to the schema without a node here fails the type check.
 */
export const STORED_NODES = {
  root: RootNode,
  paragraph: ParagraphNode,
  text: TextNode,
  linebreak: LineBreakNode,
  heading: HeadingNode,
  quote: QuoteNode,
  list: ListNode,
  listitem: ListItemNode,
  link: LinkNode,
  table: TableNode,
  tablerow: TableRowNode,
  tablecell: TableCellNode,
  field: FieldNode,
  'risk-reference': RiskReferenceNode,
  'page-break': PageBreakNode,
  'section-break': SectionBreakNode,
  'action-table': ActionTableNode,
  'contact-table': ContactTableNode,
  'pace-table': PaceTableNode,
  'phase-table': PhaseTableNode,
  checklist: ChecklistNode,
  'risk-summary-table': RiskSummaryTableNode,
  'risk-matrix': RiskMatrixNode,
  'carver-table': CarverTableNode,
  'approval-block': ApprovalBlockNode,
  repeat: RepeatNode,
  conditional: ConditionalNode,
} satisfies Record<DocumentNodeType, Klass<LexicalNode>>;

/** Lexical registers its own core nodes itself. */
const CORE_NODES: ReadonlySet<Klass<LexicalNode>> = new Set([RootNode, ParagraphNode, TextNode, LineBreakNode]);

/** What an editor registers: the stored types' nodes, plus the editor-only grouping and branches. */
export const EDITOR_NODES: Array<Klass<LexicalNode>> = [
  ...Object.values(STORED_NODES).filter((node) => !CORE_NODES.has(node)),
  ConditionalBranchNode,
  ChapterNode,
];
