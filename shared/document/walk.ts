import type { BlockNode, DocumentNode, FieldNode, InlineNode, StoredDocument } from './nodes';

/** Child nodes of any node, in document order (structured blocks have none: their data is rows). */
export function childrenOf(node: DocumentNode): DocumentNode[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'link':
    case 'list':
    case 'listitem':
    case 'table':
    case 'tablerow':
    case 'tablecell':
    case 'repeat':
      return node.children;
    case 'conditional':
      return [...node.children, ...node.otherwise];
    case 'text':
    case 'linebreak':
    case 'field':
    case 'risk-reference':
    case 'page-break':
    case 'section-break':
    case 'action-table':
    case 'contact-table':
    case 'pace-table':
    case 'phase-table':
    case 'checklist':
    case 'risk-summary-table':
    case 'risk-matrix':
    case 'carver-table':
    case 'approval-block':
      return [];
  }
}

/** Depth-first visit of every node below the root. */
export function walk(
  nodes: readonly DocumentNode[],
  visit: (node: DocumentNode, depth: number) => void,
  depth = 0,
): void {
  for (const node of nodes) {
    visit(node, depth);
    walk(childrenOf(node), visit, depth + 1);
  }
}

export function collectFields(document: StoredDocument): FieldNode[] {
  const fields: FieldNode[] = [];
  walk(document.content.root.children, (node) => {
    if (node.type === 'field') fields.push(node);
  });
  return fields;
}

function inlineText(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'linebreak':
      return '\n';
    case 'link':
      return node.children.map(inlineText).join('');
    case 'field':
      return node.value ?? `[${node.label}]`;
    case 'risk-reference':
      return node.title;
  }
}

/** Plain text of one block, as a person would read it (used for search and previews). */
export function blockText(node: BlockNode | DocumentNode): string {
  switch (node.type) {
    case 'text':
    case 'linebreak':
    case 'link':
    case 'field':
    case 'risk-reference':
      return inlineText(node);
    case 'paragraph':
    case 'heading':
    case 'quote':
      return node.children.map(inlineText).join('');
    case 'list':
    case 'table':
    case 'tablerow':
    case 'repeat':
    case 'conditional':
      return childrenOf(node).map(blockText).join('\n');
    case 'listitem':
    case 'tablecell':
      return node.children.map(blockText).join(' ');
    case 'page-break':
    case 'section-break':
      return '';
    case 'action-table':
      return [
        node.title,
        ...node.rows.map((row) => [row.trigger, row.action, row.responsible, row.when].join(' | ')),
      ].join('\n');
    case 'contact-table':
      return [
        node.title,
        ...node.rows.map((row) => [row.name, row.role, row.phone, row.email, row.callSign, row.deputy].join(' | ')),
      ].join('\n');
    case 'pace-table':
      return [node.title, ...node.rows.map((row) => [row.level, row.means, row.details, row.owner].join(' | '))].join(
        '\n',
      );
    case 'phase-table':
      return [
        node.title,
        ...node.rows.map((row) => [row.name, ...row.indicators, row.declaredBy, ...row.actions].join(' | ')),
      ].join('\n');
    case 'checklist':
      return [node.title, ...node.items.map((item) => item.text)].join('\n');
    case 'risk-summary-table':
      return [
        node.title,
        ...node.rows.map((row) =>
          [row.title, row.site, row.category, row.inherent.level, row.residual?.level ?? '', row.treatment].join(' | '),
        ),
      ].join('\n');
    case 'risk-matrix':
      return node.title;
    case 'carver-table':
      return [node.title, ...node.rows.map((row) => `${row.name} ${row.total}`)].join('\n');
    case 'approval-block':
      return node.rows.map((row) => [row.role, row.name, row.title, row.date].join(' ')).join('\n');
  }
}

export function documentText(document: StoredDocument): string {
  return document.content.root.children.map(blockText).filter(Boolean).join('\n');
}
