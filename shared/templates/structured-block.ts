import type { Nodes as MdNode, Root } from 'mdast';
import { PACE_LEVELS, type BlockSource, type PaceLevel, type StructuredBlockNode } from '#shared/document/nodes';
import { checkFieldsInString, parseMarkdown, positionOf, type MarkdownContext } from './markdown';
import { TABLE_BLOCKS, type TableBlockType } from './vocabulary';

/** Plain text of a Markdown node (formatting dropped: table cells of blocks are plain strings). */
function plain(node: MdNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as MdNode[]).map(plain).join('');
  return '';
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

interface Cell {
  text: string;
  at: { line: number; column: number };
}

/** Rows of the one table in a block body, checked against the expected columns. */
function readTableRows(root: Root, type: TableBlockType, context: MarkdownContext): Cell[][] {
  const expected = TABLE_BLOCKS[type];
  const rows: Cell[][] = [];
  let seenTable = false;
  for (const node of root.children) {
    const at = positionOf(node, context);
    if (node.type !== 'table' || seenTable) {
      context.report(
        at.line,
        at.column,
        `Inside "::: ${type}" write only one table with the columns: ${expected.join(' | ')}.`,
      );
      continue;
    }
    seenTable = true;
    const [header, ...body] = node.children;
    const names = header!.children.map((cell) => plain(cell).trim().toLowerCase());
    if (names.length !== expected.length || names.some((name, index) => name !== expected[index]!.toLowerCase())) {
      context.report(at.line, at.column, `The table in "::: ${type}" must have the columns: ${expected.join(' | ')}.`);
      continue;
    }
    for (const row of body) {
      const cells = row.children.map((cell) => {
        const text = plain(cell).trim();
        const where = positionOf(cell, context);
        checkFieldsInString(text, where, context);
        return { text, at: where };
      });
      while (cells.length < expected.length) cells.push({ text: '', at: positionOf(row, context) });
      rows.push(cells);
    }
  }
  return rows;
}

export interface BlockHeader {
  type: string;
  options: Record<string, string>;
  source?: BlockSource;
}

/** Builds a structured block from its `:::` line and the lines up to `::: end`. */
export function buildStructuredBlock(header: BlockHeader, body: string, context: MarkdownContext): StructuredBlockNode {
  const title = header.options.title ?? '';
  const source = header.source ? { source: header.source } : {};
  const root = parseMarkdown(body);
  const text = (cells: Cell[], index: number) => cells[index]?.text ?? '';
  switch (header.type) {
    case 'action-table':
      return {
        type: 'action-table',
        version: 1,
        title,
        ...source,
        rows: readTableRows(root, header.type, context).map((cells, index) => ({
          id: `row-${index + 1}`,
          trigger: text(cells, 0),
          action: text(cells, 1),
          responsible: text(cells, 2),
          when: text(cells, 3),
        })),
      };
    case 'contact-table':
      return {
        type: 'contact-table',
        version: 1,
        variant: header.options.variant === 'call-tree' ? 'call-tree' : 'contacts',
        title,
        ...source,
        rows: readTableRows(root, header.type, context).map((cells, index) => ({
          id: `row-${index + 1}`,
          name: text(cells, 0),
          role: text(cells, 1),
          phone: text(cells, 2),
          email: text(cells, 3),
          callSign: text(cells, 4),
          deputy: text(cells, 5),
          calls: splitList(text(cells, 6)),
        })),
      };
    case 'pace-table':
      return {
        type: 'pace-table',
        version: 1,
        title,
        rows: readTableRows(root, header.type, context).map((cells, index) => {
          const level = text(cells, 0).toLowerCase();
          if (!(PACE_LEVELS as readonly string[]).includes(level))
            context.report(
              cells[0]!.at.line,
              cells[0]!.at.column,
              `A PACE level is one of: ${PACE_LEVELS.join(', ')} (found "${text(cells, 0)}").`,
            );
          return {
            id: `row-${index + 1}`,
            level: ((PACE_LEVELS as readonly string[]).includes(level) ? level : PACE_LEVELS[index % 4]) as PaceLevel,
            means: text(cells, 1),
            details: text(cells, 2),
            owner: text(cells, 3),
          };
        }),
      };
    case 'phase-table':
      return {
        type: 'phase-table',
        version: 1,
        title,
        ...source,
        rows: readTableRows(root, header.type, context).map((cells, index) => {
          const phase = Number(text(cells, 0));
          if (!Number.isInteger(phase) || phase < 1 || phase > 20)
            context.report(
              cells[0]!.at.line,
              cells[0]!.at.column,
              `A phase number is a whole number from 1 (found "${text(cells, 0)}").`,
            );
          return {
            id: `row-${index + 1}`,
            phase: Number.isInteger(phase) && phase >= 1 && phase <= 20 ? phase : index + 1,
            name: text(cells, 1),
            indicators: splitList(text(cells, 2)),
            declaredBy: text(cells, 3),
            actions: splitList(text(cells, 4)),
          };
        }),
      };
    case 'approval-block':
      return {
        type: 'approval-block',
        version: 1,
        rows: readTableRows(root, header.type, context).map((cells) => ({
          role: text(cells, 0),
          name: text(cells, 1),
          title: text(cells, 2),
          date: text(cells, 3),
        })),
      };
    case 'checklist':
    default:
      return { type: 'checklist', version: 1, title, items: readChecklist(root, context) };
  }
}

function readChecklist(root: Root, context: MarkdownContext) {
  const items: Array<{ id: string; text: string; checked: boolean }> = [];
  let seenList = false;
  for (const node of root.children) {
    const at = positionOf(node, context);
    if (node.type !== 'list' || seenList) {
      context.report(at.line, at.column, 'Inside "::: checklist" write only one list: "- [ ] what to do".');
      continue;
    }
    seenList = true;
    for (const item of node.children) {
      const where = positionOf(item, context);
      const raw = plain(item).replace(/\s+/g, ' ').trim();
      const mark = /^\[( |x|X)\]\s*/.exec(raw);
      const text = mark ? raw.slice(mark[0].length) : raw;
      checkFieldsInString(text, where, context);
      items.push({ id: `item-${items.length + 1}`, text, checked: mark ? mark[1] !== ' ' : false });
    }
  }
  return items;
}
