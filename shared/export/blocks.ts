import { AlignmentType, HeadingLevel, PageBreak, Paragraph, TextRun, type FileChild } from 'docx';
import type {
  BlockNode,
  ChecklistItem,
  InlineNode,
  ListNode,
  RiskScore,
  TableCellNode,
  TableNode,
} from '../document/nodes';
import type { HouseStyle } from './house-style';
import { inlineRuns, plainRuns } from './inline';
import { distributeWidths, pixelsToTwips } from './page';
import { NUMBERING, STYLE } from './styles';
import { buildTable, type CellInput, type CellSpec } from './tables';
import { cleanText } from './text';

/** Words printed by the exporter itself (column headings, captions), so they can be translated. */
export interface ExportLabels {
  contents: string;
  none: string;
  trigger: string;
  action: string;
  responsible: string;
  when: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  callSign: string;
  deputy: string;
  callsNext: string;
  paceLevel: string;
  means: string;
  details: string;
  owner: string;
  paceLevels: Record<'primary' | 'alternate' | 'contingency' | 'emergency', string>;
  phase: string;
  indicators: string;
  declaredBy: string;
  actions: string;
  risk: string;
  site: string;
  category: string;
  inherent: string;
  residual: string;
  treatment: string;
  likelihood: string;
  impact: string;
  target: string;
  carver: [string, string, string, string, string, string];
  total: string;
  approvalRole: string;
  title: string;
  date: string;
  signature: string;
  version: string;
  page: string;
  of: string;
  workspace: string;
  preparedBy: string;
}

export const ENGLISH_LABELS: ExportLabels = {
  contents: 'Contents',
  none: 'None recorded.',
  trigger: 'Trigger',
  action: 'Action',
  responsible: 'Responsible',
  when: 'When',
  name: 'Name',
  role: 'Role',
  phone: 'Phone',
  email: 'Email',
  callSign: 'Call sign',
  deputy: 'Deputy',
  callsNext: 'Calls next',
  paceLevel: 'Level',
  means: 'Means',
  details: 'Details',
  owner: 'Owner',
  paceLevels: { primary: 'Primary', alternate: 'Alternate', contingency: 'Contingency', emergency: 'Emergency' },
  phase: 'Phase',
  indicators: 'Indicators / triggers',
  declaredBy: 'Declared by',
  actions: 'Actions',
  risk: 'Risk',
  site: 'Site',
  category: 'Category',
  inherent: 'Inherent',
  residual: 'Residual',
  treatment: 'Treatment',
  likelihood: 'Likelihood',
  impact: 'Impact',
  target: 'Target',
  carver: ['C', 'A', 'R', 'V', 'E', 'R'],
  total: 'Total',
  approvalRole: 'Role',
  title: 'Title',
  date: 'Date',
  signature: 'Signature',
  version: 'Version',
  page: 'Page',
  of: 'of',
  workspace: 'Workspace',
  preparedBy: 'Prepared by',
};

export interface BlockContext {
  style: HouseStyle;
  labels: ExportLabels;
  /** Width of the text column of the current section, in twips. */
  textWidth: number;
  /** Next list instance, so every list restarts its numbering. */
  nextListInstance: () => number;
  /**
   * Heading levels to move up: 1 when the document's only h1 is its title (printed on the cover
   * and as a title, so its sections become Heading 1 and are numbered 1, 2, 3).
   */
  headingShift: number;
}

const MANUAL_NUMBER = /^\s*\d+(\.\d+)*\.?\s+(?=\S)/;

/** With automatic heading numbers, a number typed at the start of a heading would print twice. */
function withoutManualNumber(children: readonly InlineNode[]): InlineNode[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text' || !MANUAL_NUMBER.test(first.text)) return [...children];
  return [{ ...first, text: first.text.replace(MANUAL_NUMBER, '') }, ...rest];
}

function headingParagraph(node: Extract<BlockNode, { type: 'heading' }>, ctx: BlockContext): Paragraph {
  const level = Math.max(1, Number(node.tag.slice(1)) - ctx.headingShift) as 1 | 2 | 3 | 4;
  const children = ctx.style.numberHeadings && level <= 3 ? withoutManualNumber(node.children) : node.children;
  return new Paragraph({
    heading: HEADINGS[`h${level}`],
    alignment: alignment(node.format),
    children: inlineRuns(children),
  });
}

const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
} as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  start: AlignmentType.START,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  end: AlignmentType.END,
  justify: AlignmentType.JUSTIFIED,
} as const;

function alignment(format: string | undefined) {
  return format ? ALIGN[format as keyof typeof ALIGN] : undefined;
}

const TICK = { checked: '☒', unchecked: '☐' } as const;
/** Word's own check box content control draws its boxes in MS Gothic; LibreOffice falls back to a font that has them. */
const TICK_FONT = 'MS Gothic';

function tickRun(checked: boolean): TextRun {
  return new TextRun({ text: `${checked ? TICK.checked : TICK.unchecked}\t`, font: TICK_FONT });
}

function blockTitle(title: string): Paragraph[] {
  const clean = cleanText(title).trim();
  return clean ? [new Paragraph({ style: STYLE.blockTitle, children: [new TextRun(clean)] })] : [];
}

/** Spacing after a table, or Word glues the next heading to it. */
function afterTable(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
}

function noneRow(columns: number, ctx: BlockContext): CellInput[][] {
  return [[{ text: ctx.labels.none, columnSpan: columns }]];
}

function bulletParagraphs(items: readonly string[], ctx: BlockContext): Paragraph[] {
  const instance = ctx.nextListInstance();
  return items
    .filter((item) => item.trim() !== '')
    .map(
      (item) =>
        new Paragraph({
          style: STYLE.tableText,
          numbering: { reference: NUMBERING.bullets, level: 0, instance },
          children: plainRuns(item),
        }),
    );
}

function scoreCell(score: RiskScore | null, ctx: BlockContext): CellSpec {
  if (!score) return { text: '—' };
  return {
    text: `${score.level}\n${ctx.labels.likelihood[0] ?? 'L'}${score.likelihood} × ${ctx.labels.impact[0] ?? 'I'}${score.impact}`,
    fill: score.color,
  };
}

function listParagraphs(node: ListNode, level: number, ctx: BlockContext, styleId?: string): Paragraph[] {
  const instance = ctx.nextListInstance();
  const paragraphs: Paragraph[] = [];
  for (const item of node.children) {
    const inline = item.children.filter((child): child is InlineNode => child.type !== 'list');
    const nested = item.children.filter((child): child is ListNode => child.type === 'list');
    // Lexical writes a nested list as a list item holding only the list: no paragraph of its own.
    if (inline.length > 0 || nested.length === 0) {
      const clampedLevel = Math.min(level, 8);
      paragraphs.push(
        node.listType === 'check'
          ? new Paragraph({
              style: STYLE.checkItem,
              indent: { left: 425 * (clampedLevel + 1), hanging: 425 },
              children: [tickRun(item.checked === true), ...inlineRuns(inline)],
            })
          : new Paragraph({
              style: styleId,
              numbering: {
                reference: node.listType === 'number' ? NUMBERING.numbers : NUMBERING.bullets,
                level: clampedLevel,
                instance,
              },
              children: inlineRuns(inline),
            }),
      );
    }
    for (const child of nested) paragraphs.push(...listParagraphs(child, level + 1, ctx, styleId));
  }
  return paragraphs;
}

function cellContent(cell: TableCellNode, ctx: BlockContext): Paragraph[] {
  const paragraphs = cell.children.flatMap((child) =>
    child.type === 'list'
      ? listParagraphs(child, 0, ctx, STYLE.tableText)
      : [
          new Paragraph({
            style: STYLE.tableText,
            alignment: alignment(child.format),
            children: inlineRuns(child.children),
          }),
        ],
  );
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: STYLE.tableText, children: [] })];
}

/** Column weights: stored pixel widths when Lexical has them, else the longest text in each column. */
function tableWeights(node: TableNode, columns: number): number[] {
  if (node.colWidths && node.colWidths.length === columns) return node.colWidths.map(pixelsToTwips);
  const longest = Array.from({ length: columns }, () => 4);
  for (const row of node.children) {
    row.children.forEach((cell, index) => {
      const length = cell.children
        .flatMap((child) => (child.type === 'paragraph' ? child.children : []))
        .reduce((sum, inline) => sum + (inline.type === 'text' ? inline.text.length : 8), 0);
      if (index < columns) longest[index] = Math.max(longest[index] ?? 4, Math.min(length, 60));
    });
  }
  return longest.map((length) => Math.sqrt(length));
}

function genericTable(node: TableNode, ctx: BlockContext): FileChild[] {
  const rows = node.children.filter((row) => row.children.length > 0);
  if (rows.length === 0) return [];
  const columns = Math.max(...rows.map((row) => row.children.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)));
  let headerCount = 0;
  while (headerCount < rows.length && rows[headerCount]?.children.every((cell) => (cell.headerState & 1) !== 0)) {
    headerCount += 1;
  }
  // A table that is all header rows would repeat itself on every page: keep only the first as header.
  if (headerCount === rows.length) headerCount = Math.min(1, rows.length - 1);
  const toCells = (row: (typeof rows)[number]): CellInput[] =>
    row.children.map((cell) => ({
      paragraphs: cellContent(cell, ctx),
      fill: cell.backgroundColor ?? undefined,
      columnSpan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined,
    }));
  const table = buildTable(
    {
      header: rows.slice(0, headerCount).map(toCells),
      body: rows.slice(headerCount).map(toCells),
      widths: distributeWidths(tableWeights(node, columns), ctx.textWidth),
    },
    ctx.style,
  );
  return [table, afterTable()];
}

function structuredTable(
  title: string,
  header: string[],
  weights: number[],
  body: CellInput[][],
  ctx: BlockContext,
  options: { minRowHeight?: number; keepTogether?: boolean } = {},
): FileChild[] {
  return [
    ...blockTitle(title),
    buildTable(
      {
        header: [header],
        body: body.length > 0 ? body : noneRow(header.length, ctx),
        widths: distributeWidths(weights, ctx.textWidth),
        minRowHeight: options.minRowHeight,
        keepTogether: options.keepTogether,
      },
      ctx.style,
    ),
    afterTable(),
  ];
}

function checklist(title: string, items: readonly ChecklistItem[], ctx: BlockContext): FileChild[] {
  const rows = items.map(
    (item) => new Paragraph({ style: STYLE.checkItem, children: [tickRun(item.checked), ...plainRuns(item.text)] }),
  );
  return [
    ...blockTitle(title),
    ...(rows.length > 0 ? rows : [new Paragraph({ children: [new TextRun(ctx.labels.none)] })]),
  ];
}

function riskMatrix(node: Extract<BlockNode, { type: 'risk-matrix' }>, ctx: BlockContext): FileChild[] {
  const { labels } = ctx;
  const impacts = node.impactLabels.length;
  if (impacts === 0 || node.likelihoodLabels.length === 0) return blockTitle(node.title);
  const axisWidth = 1.6;
  const header = [
    `${labels.likelihood} \\ ${labels.impact}`,
    ...node.impactLabels.map((label, index) => `${index + 1} ${label}`),
  ];
  // Highest likelihood on top, as the matrix is drawn in the methodology.
  const body: CellInput[][] = node.likelihoodLabels
    .map((label, likelihoodIndex): CellInput[] => [
      { text: `${likelihoodIndex + 1} ${label}`, bold: true },
      ...node.impactLabels.map((_, impactIndex): CellInput => {
        const cell = node.cells[likelihoodIndex]?.[impactIndex];
        if (!cell) return { text: '' };
        const count = cell.count ? ` (${cell.count})` : '';
        return { text: `${cell.level}${count}`, fill: cell.color };
      }),
    ])
    .reverse();
  // A matrix split over two pages cannot be read: it is kept on one.
  return structuredTable(node.title, header, [axisWidth, ...node.impactLabels.map(() => 1)], body, ctx, {
    keepTogether: true,
  });
}

/** Word content for one block; `section-break` is handled by the caller, which starts a section. */
export function blockChildren(node: BlockNode, ctx: BlockContext): FileChild[] {
  const { labels } = ctx;
  switch (node.type) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: alignment(node.format),
          indent: node.indent ? { left: 720 * node.indent } : undefined,
          children: inlineRuns(node.children),
        }),
      ];
    case 'heading':
      return [headingParagraph(node, ctx)];
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: inlineRuns(node.children) })];
    case 'list':
      return listParagraphs(node, 0, ctx);
    case 'table':
      return genericTable(node, ctx);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'section-break':
      return [];
    case 'action-table':
      return structuredTable(
        node.title,
        [labels.trigger, labels.action, labels.responsible, labels.when],
        [2, 4, 2, 1.4],
        node.rows.map((row) => [row.trigger, row.action, row.responsible, row.when]),
        ctx,
      );
    case 'contact-table':
      return node.variant === 'call-tree'
        ? structuredTable(
            node.title,
            [labels.name, labels.role, labels.phone, labels.callSign, labels.callsNext],
            [2, 2, 2, 1.2, 3],
            node.rows.map((row) => [row.name, row.role, row.phone, row.callSign, row.calls.join('\n')]),
            ctx,
          )
        : structuredTable(
            node.title,
            [labels.name, labels.role, labels.phone, labels.email, labels.callSign, labels.deputy],
            [2, 2, 2, 2.6, 1.2, 1.8],
            node.rows.map((row) => [row.name, row.role, row.phone, row.email, row.callSign, row.deputy]),
            ctx,
          );
    case 'pace-table':
      return structuredTable(
        node.title,
        [labels.paceLevel, labels.means, labels.details, labels.owner],
        [1.5, 2.5, 4, 2],
        node.rows.map((row) => [{ text: labels.paceLevels[row.level], bold: true }, row.means, row.details, row.owner]),
        ctx,
      );
    case 'phase-table':
      return structuredTable(
        node.title,
        [labels.phase, labels.indicators, labels.declaredBy, labels.actions],
        [1.8, 3.5, 1.6, 3.5],
        node.rows.map((row) => [
          { text: `${row.phase} ${row.name}`, bold: true },
          { paragraphs: bulletParagraphs(row.indicators, ctx) },
          row.declaredBy,
          { paragraphs: bulletParagraphs(row.actions, ctx) },
        ]),
        ctx,
      );
    case 'checklist':
      return checklist(node.title, node.items, ctx);
    case 'risk-summary-table':
      return structuredTable(
        node.title,
        [labels.risk, labels.site, labels.category, labels.inherent, labels.residual, labels.treatment],
        [3.4, 1.8, 1.8, 1.5, 1.5, 1.8],
        node.rows.map((row) => [
          row.title,
          row.site,
          row.category,
          scoreCell(row.inherent, ctx),
          scoreCell(row.residual, ctx),
          row.treatment,
        ]),
        ctx,
      );
    case 'risk-matrix':
      return riskMatrix(node, ctx);
    case 'carver-table':
      return structuredTable(
        node.title,
        [labels.target, ...labels.carver, labels.total],
        [4, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.1],
        node.rows.map((row) => [
          row.name,
          String(row.criticality),
          String(row.accessibility),
          String(row.recuperability),
          String(row.vulnerability),
          String(row.effect),
          String(row.recognizability),
          { text: String(row.total), bold: true },
        ]),
        ctx,
      );
    case 'approval-block':
      return structuredTable(
        '',
        [labels.approvalRole, labels.name, labels.title, labels.date, labels.signature],
        [1.8, 2.2, 2.2, 1.4, 2.6],
        node.rows.map((row) => [{ text: row.role, bold: true }, row.name, row.title, row.date, '']),
        ctx,
        // Room to sign by hand, and every signature on the same page.
        { minRowHeight: 850, keepTogether: true },
      );
    // Template-only blocks: a template exported as a preview shows its repeated and conditional content once.
    case 'repeat':
      return node.children.flatMap((child) => blockChildren(child, ctx));
    case 'conditional':
      return node.children.flatMap((child) => blockChildren(child, ctx));
  }
}
