import type {
  BlockNode,
  Condition,
  InlineNode,
  ListItemNode,
  ListNode,
  StoredDocument,
  TableCellNode,
  TableNode,
} from '#shared/document/nodes';
import { DOCUMENT_SCHEMA_VERSION } from '#shared/document/nodes';
import { fillBlock } from './blocks';
import { fieldDefaults } from './defaults';
import { flat, multiline, paragraphs, type Inline } from './multiline';
import { itemsOf } from './collections';
import { joinAdjacentLists } from './join-lists';
import type { GenerateOptions, PlanContext } from './context';
import { resolveKey, riskTitleBinding, type Scope } from './scope';
import { withUnplacedRisks } from './unplaced-risks';

function inline(scope: Scope, node: InlineNode): Inline[] {
  switch (node.type) {
    case 'field': {
      // A risk's title becomes a live reference: the editor shows the risk's current level and links to it.
      const risk = riskTitleBinding(scope, node.key);
      if (risk)
        return [{ type: 'risk-reference', version: 1, riskId: risk.id, title: risk.title, level: risk.inherent.level }];
      // The register's value first; else the value or default the template gives; else it stays unfilled.
      const value = resolveKey(scope, node.key) ?? node.value ?? scope.defaults.get(node.key) ?? null;
      return value !== null && /\n/.test(value) ? multiline(value) : [{ ...node, value }];
    }
    case 'link':
      return [{ ...node, children: flat(inlines(scope, node.children)) }];
    case 'text':
    case 'linebreak':
    case 'risk-reference':
      return [{ ...node }];
  }
}

function inlines(scope: Scope, nodes: readonly InlineNode[]): Inline[] {
  return nodes.flatMap((node) => inline(scope, node));
}

function listNode(scope: Scope, node: ListNode): ListNode {
  return {
    ...node,
    children: node.children.map((item): ListItemNode => ({
      ...item,
      children: item.children.flatMap((child): ListItemNode['children'] =>
        child.type === 'list' ? [listNode(scope, child)] : flat(inline(scope, child)),
      ),
    })),
  };
}

function tableNode(scope: Scope, node: TableNode): TableNode {
  return {
    ...node,
    children: node.children.map((row) => ({
      ...row,
      children: row.children.map((cell): TableCellNode => ({
        ...cell,
        children: cell.children.flatMap((child): TableCellNode['children'] =>
          child.type === 'list' ? [listNode(scope, child)] : paragraphs(child, inlines(scope, child.children)),
        ),
      })),
    })),
  };
}

function holds(scope: Scope, condition: Condition): boolean {
  switch (condition.test) {
    case 'any':
      return itemsOf(scope, condition.over, condition.filter).length > 0;
    case 'none':
      return itemsOf(scope, condition.over, condition.filter).length === 0;
    case 'filled':
      return resolveKey(scope, condition.key) !== null;
    case 'empty':
      return resolveKey(scope, condition.key) === null;
  }
}

function blocks(scope: Scope, nodes: readonly BlockNode[]): BlockNode[] {
  return nodes.flatMap((node) => block(scope, node));
}

function block(scope: Scope, node: BlockNode): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphs(node, inlines(scope, node.children));
    case 'heading':
      return [{ ...node, children: flat(inlines(scope, node.children)) }];
    case 'quote':
      return [{ ...node, children: flat(inlines(scope, node.children)) }];
    case 'list':
      return [listNode(scope, node)];
    case 'table':
      return [tableNode(scope, node)];
    case 'page-break':
    case 'section-break':
      return [{ ...node }];
    case 'repeat':
      return itemsOf(scope, node.over, node.filter).flatMap((value) =>
        blocks({ ...scope, bindings: [...scope.bindings, { name: node.as, value }] }, node.children),
      );
    case 'conditional':
      return blocks(scope, holds(scope, node.condition) ? node.children : node.otherwise);
    case 'action-table':
    case 'contact-table':
    case 'pace-table':
    case 'phase-table':
    case 'checklist':
    case 'risk-summary-table':
    case 'risk-matrix':
    case 'carver-table':
    case 'approval-block':
      return [fillBlock(scope, node)];
  }
}

/** The default title: the template's title, then the site, e.g. "Evacuation plan - Head office". */
function defaultTitle(template: StoredDocument, context: PlanContext): string {
  return context.site ? `${template.meta.title} - ${context.site.name}` : template.meta.title;
}

/**
 * Turns a template into a plan: fields filled from the context, repeats expanded, conditionals
 * decided, structured blocks filled from their sources. Pure and deterministic: the same template,
 * context and options always give the same document, and the inputs are never modified.
 */
export function generatePlan(template: StoredDocument, context: PlanContext, options: GenerateOptions): StoredDocument {
  const title = options.title?.trim() || defaultTitle(template, context);
  const kind = options.kind ?? template.meta.kind;
  const scope: Scope = {
    context,
    planTitle: title,
    planKind: kind,
    bindings: [],
    defaults: fieldDefaults(template.content.root.children),
  };
  // Rows and arrays are copied shallowly below; cloning first keeps the template untouched.
  const source = structuredClone(template.content.root);
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    meta: {
      ...template.meta,
      title,
      kind,
      templateId: options.templateId,
      templateVersion: options.templateVersion,
    },
    content: {
      root: { ...source, children: withUnplacedRisks(joinAdjacentLists(blocks(scope, source.children)), context) },
    },
  };
}
