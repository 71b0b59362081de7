import {
  DOCUMENT_SCHEMA_VERSION,
  TEXT_FORMAT,
  type BlockNode,
  type DocumentMeta,
  type FieldNode,
  type HeadingNode,
  type InlineNode,
  type ListItemNode,
  type ListNode,
  type NodeExtras,
  type ParagraphNode,
  type StoredDocument,
  type TableCellNode,
  type TableNode,
  type TextNode,
} from './nodes';

/** Small constructors used by the generator, the template parser and tests. */

export function text(value: string, ...formats: Array<keyof typeof TEXT_FORMAT>): TextNode {
  return { type: 'text', version: 1, text: value, format: formats.reduce((bits, name) => bits | TEXT_FORMAT[name], 0) };
}

export function field(key: string, label: string = key, value: string | null = null): FieldNode {
  return { type: 'field', version: 1, key, label, value };
}

export function paragraph(...children: Array<InlineNode | string>): ParagraphNode {
  return {
    type: 'paragraph',
    version: 1,
    children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
  };
}

export function heading(tag: HeadingNode['tag'], content: string | InlineNode[], extras?: NodeExtras): HeadingNode {
  const node: HeadingNode = {
    type: 'heading',
    version: 1,
    tag,
    children: typeof content === 'string' ? [text(content)] : content,
  };
  if (extras) node.$ = extras;
  return node;
}

export function list(listType: ListNode['listType'], items: Array<string | InlineNode[] | ListItemNode>): ListNode {
  return {
    type: 'list',
    version: 1,
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    children: items.map((item, index) =>
      typeof item === 'object' && !Array.isArray(item)
        ? item
        : {
            type: 'listitem',
            version: 1,
            value: index + 1,
            ...(listType === 'check' ? { checked: false } : {}),
            children: typeof item === 'string' ? [text(item)] : item,
          },
    ),
  };
}

export function table(headerRow: string[], bodyRows: Array<Array<string | InlineNode[]>>): TableNode {
  const cell = (content: string | InlineNode[], headerState: number): TableCellNode => ({
    type: 'tablecell',
    version: 1,
    headerState,
    children: [paragraph(...(typeof content === 'string' ? [content] : content))],
  });
  return {
    type: 'table',
    version: 1,
    children: [
      { type: 'tablerow', version: 1, children: headerRow.map((content) => cell(content, 1)) },
      ...bodyRows.map((row) => ({
        type: 'tablerow' as const,
        version: 1 as const,
        children: row.map((content) => cell(content, 0)),
      })),
    ],
  };
}

export function storedDocument(meta: DocumentMeta, children: BlockNode[]): StoredDocument {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    meta,
    content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } },
  };
}
