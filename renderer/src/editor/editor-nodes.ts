import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CONTAINER_NODES } from './nodes/ContainerNodes';
import { FieldNode } from './nodes/FieldNode';
import { RiskReferenceNode } from './nodes/RiskReferenceNode';
import { ChapterNode } from './nodes/ChapterNode';
import { STRUCTURED_BLOCK_NODES } from './nodes/StructuredBlockNodes';

/** Every node type a stored document may contain (shared/document/nodes.ts), plus editor-only ones. */
export const EDITOR_NODES: Array<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  FieldNode,
  RiskReferenceNode,
  ...STRUCTURED_BLOCK_NODES,
  ...CONTAINER_NODES,
  ChapterNode,
];
