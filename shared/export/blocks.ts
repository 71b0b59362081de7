import type {
  BlockNode,
  ChecklistItem,
  InlineNode,
  ListNode,
  RiskScore,
  TableCellNode,
  TableNode,
} from '#shared/document/nodes';
import type { HouseStyle } from './house-style';
import { inlineXml, plainXml, type LinkTargets } from './inline';
import type { LayoutBox, ParagraphBox } from './layout-model';
import { distributeWidths, pixelsToTwips } from './page';
import { NUMBERING, STYLE } from './styles';
import { writeTable, type CellContent, type CellInput, type CellSpec, type TableSpec } from './tables';
import { cleanText } from './text';
import type { TocCollector } from './toc';
import { paragraph, textRun, type ParagraphFormat } from './xml';
import type { XmlWriter } from './xml-writer';

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
  w: XmlWriter;
  style: HouseStyle;
  labels: ExportLabels;
  /** Width of the text column of the current section, in twips. */
  textWidth: number;
  /** A fresh numbering instance (numId) of a list definition, so every list restarts its numbering. */
  newList: (reference: (typeof NUMBERING)[keyof typeof NUMBERING]) => number;
  links: LinkTargets;
  toc: TocCollector;
  /** What was written, for the page estimator. */
  boxes: LayoutBox[];
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

const ALIGN: Record<string, string> = {
  left: 'left',
  start: 'start',
  center: 'center',
  right: 'right',
  end: 'end',
  justify: 'both',
};

function alignment(format: string | undefined): string | undefined {
  return format ? ALIGN[format] : undefined;
}

/** Writes one paragraph and tells the estimator about it. */
function writeParagraph(
  ctx: BlockContext,
  format: ParagraphFormat,
  content: (out: { text: string }) => void,
  box: Partial<ParagraphBox> = {},
): void {
  const out = { text: '' };
  paragraph(ctx.w, format, () => content(out));
  ctx.boxes.push({ kind: 'paragraph', style: format.style ?? 'Normal', text: out.text, ...box });
}

function heading(node: Extract<BlockNode, { type: 'heading' }>, ctx: BlockContext): void {
  const { w } = ctx;
  const level = Math.max(1, Number(node.tag.slice(1)) - ctx.headingShift);
  const children = ctx.style.numberHeadings && level <= 3 ? withoutManualNumber(node.children) : node.children;
  const style = `Heading${Math.min(level, 4)}`;
  const out = { text: '' };
  const format = { style, align: alignment(node.format) };
  if (level > 3) {
    paragraph(w, format, () => inlineXml(w, children, ctx.links, out));
    ctx.boxes.push({ kind: 'paragraph', style, text: out.text, keepNext: true });
    return;
  }
  // Headings 1-3 are in the contents: each carries the bookmark its entry links to.
  const entry = ctx.toc.reserve(level as 1 | 2 | 3);
  const bookmark = ctx.toc.bookmark(entry);
  paragraph(w, format, () => {
    w.raw(`<w:bookmarkStart w:name="${bookmark.name}" w:id="${bookmark.id}"/>`);
    inlineXml(w, children, ctx.links, out);
    w.raw(`<w:bookmarkEnd w:id="${bookmark.id}"/>`);
  });
  ctx.toc.setText(entry, out.text);
  ctx.boxes.push({ kind: 'paragraph', style, text: out.text, keepNext: true, entry });
}

const TICK = { checked: '☒', unchecked: '☐' } as const;
/** Word's own check box content control draws its boxes in MS Gothic; LibreOffice falls back to a font that has them. */
const TICK_FONT = 'MS Gothic';

/** The box and its tab; the estimator measures the text from the indent the tab jumps to. */
function tickRun(w: XmlWriter, checked: boolean): void {
  textRun(w, `${checked ? TICK.checked : TICK.unchecked}\t`, { font: TICK_FONT });
}

function blockTitle(title: string, ctx: BlockContext): void {
  const clean = cleanText(title).trim();
  if (!clean) return;
  writeParagraph(ctx, { style: STYLE.blockTitle }, (out) => plainXml(ctx.w, clean, undefined, out), { keepNext: true });
}

/** Spacing after a table, or Word glues the next heading to it. */
function afterTable(ctx: BlockContext): void {
  paragraph(ctx.w, { spacing: { before: 0, after: 120 } });
  ctx.boxes.push({ kind: 'paragraph', style: 'Normal', text: '', spacing: { before: 0, after: 120 } });
}

function noneRow(columns: number, ctx: BlockContext): CellInput[][] {
  return [[{ text: ctx.labels.none, columnSpan: columns }]];
}

function bulletParagraphs(items: readonly string[], ctx: BlockContext): CellContent {
  return (w, boxes) => {
    const numId = ctx.newList(NUMBERING.bullets);
    for (const item of items) {
      if (item.trim() === '') continue;
      const out = { text: '' };
      paragraph(w, { style: STYLE.tableText, numbering: { numId, level: 0 } }, () => plainXml(w, item, undefined, out));
      boxes.push({ kind: 'paragraph', style: STYLE.tableText, text: out.text, indent: 360 });
    }
  };
}

function scoreCell(score: RiskScore | null, ctx: BlockContext): CellSpec {
  if (!score) return { text: '—' };
  return {
    text: `${score.level}\n${ctx.labels.likelihood[0] ?? 'L'}${score.likelihood} × ${ctx.labels.impact[0] ?? 'I'}${score.impact}`,
    fill: score.color,
  };
}

/** Where list paragraphs are reported: the body's boxes, or a table cell's. */
interface BoxSink {
  push: (box: ParagraphBox) => unknown;
}

function list(node: ListNode, level: number, ctx: BlockContext, boxes: BoxSink, styleId?: string): void {
  const { w } = ctx;
  const numId =
    node.listType === 'check' ? 0 : ctx.newList(node.listType === 'number' ? NUMBERING.numbers : NUMBERING.bullets);
  for (const item of node.children) {
    const inline = item.children.filter((child): child is InlineNode => child.type !== 'list');
    const nested = item.children.filter((child): child is ListNode => child.type === 'list');
    // Lexical writes a nested list as a list item holding only the list: no paragraph of its own.
    if (inline.length > 0 || nested.length === 0) {
      const clampedLevel = Math.min(level, 8);
      const out = { text: '' };
      if (node.listType === 'check') {
        const indent = 425 * (clampedLevel + 1);
        paragraph(w, { style: STYLE.checkItem, indent: { left: indent, hanging: 425 } }, () => {
          tickRun(w, item.checked === true);
          inlineXml(w, inline, ctx.links, out);
        });
        boxes.push({ kind: 'paragraph', style: STYLE.checkItem, text: out.text, indent: indent - 425 });
      } else {
        const style = styleId ?? 'ListParagraph';
        paragraph(w, { style, numbering: { numId, level: clampedLevel } }, () => inlineXml(w, inline, ctx.links, out));
        boxes.push({ kind: 'paragraph', style, text: out.text, indent: 360 * (clampedLevel + 1) });
      }
    }
    for (const child of nested) list(child, level + 1, ctx, boxes, styleId);
  }
}

function cellContent(cell: TableCellNode, ctx: BlockContext): CellContent {
  return (w, boxes) => {
    for (const child of cell.children) {
      if (child.type === 'list') list(child, 0, ctx, boxes, STYLE.tableText);
      else {
        const out = { text: '' };
        paragraph(w, { style: STYLE.tableText, align: alignment(child.format) }, () =>
          inlineXml(w, child.children, ctx.links, out),
        );
        boxes.push({ kind: 'paragraph', style: STYLE.tableText, text: out.text });
      }
    }
  };
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

function table(spec: TableSpec, ctx: BlockContext): void {
  ctx.boxes.push(writeTable(ctx.w, spec, ctx.style));
}

function genericTable(node: TableNode, ctx: BlockContext): void {
  const rows = node.children.filter((row) => row.children.length > 0);
  if (rows.length === 0) return;
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
  table(
    {
      header: rows.slice(0, headerCount).map(toCells),
      body: rows.slice(headerCount).map(toCells),
      widths: distributeWidths(tableWeights(node, columns), ctx.textWidth),
    },
    ctx,
  );
  afterTable(ctx);
}

function structuredTable(
  title: string,
  header: string[],
  weights: number[],
  body: CellInput[][],
  ctx: BlockContext,
  options: { minRowHeight?: number; keepTogether?: boolean } = {},
): void {
  blockTitle(title, ctx);
  table(
    {
      header: [header],
      body: body.length > 0 ? body : noneRow(header.length, ctx),
      widths: distributeWidths(weights, ctx.textWidth),
      minRowHeight: options.minRowHeight,
      keepTogether: options.keepTogether,
    },
    ctx,
  );
  afterTable(ctx);
}

function checklist(title: string, items: readonly ChecklistItem[], ctx: BlockContext): void {
  const { w } = ctx;
  blockTitle(title, ctx);
  for (const item of items) {
    writeParagraph(ctx, { style: STYLE.checkItem }, (out) => {
      tickRun(w, item.checked);
      plainXml(w, item.text, undefined, out);
    });
  }
  if (items.length === 0) writeParagraph(ctx, {}, (out) => plainXml(w, ctx.labels.none, undefined, out));
}

function riskMatrix(node: Extract<BlockNode, { type: 'risk-matrix' }>, ctx: BlockContext): void {
  const { labels } = ctx;
  const impacts = node.impactLabels.length;
  if (impacts === 0 || node.likelihoodLabels.length === 0) {
    blockTitle(node.title, ctx);
    return;
  }
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
  structuredTable(node.title, header, [axisWidth, ...node.impactLabels.map(() => 1)], body, ctx, {
    keepTogether: true,
  });
}

/** Writes one block; `section-break` is handled by the caller, which starts a section. */
export function writeBlock(node: BlockNode, ctx: BlockContext): void {
  const { labels, w } = ctx;
  switch (node.type) {
    case 'paragraph':
      writeParagraph(
        ctx,
        { align: alignment(node.format), indent: node.indent ? { left: 720 * node.indent } : undefined },
        (out) => inlineXml(w, node.children, ctx.links, out),
        node.indent ? { indent: 720 * node.indent } : {},
      );
      return;
    case 'heading':
      heading(node, ctx);
      return;
    case 'quote':
      writeParagraph(ctx, { style: 'Quote' }, (out) => inlineXml(w, node.children, ctx.links, out));
      return;
    case 'list':
      list(node, 0, ctx, ctx.boxes);
      return;
    case 'table':
      genericTable(node, ctx);
      return;
    case 'page-break':
      paragraph(w, undefined, () => w.raw('<w:r><w:br w:type="page"/></w:r>'));
      ctx.boxes.push({ kind: 'page-break' });
      return;
    case 'section-break':
      return;
    case 'action-table':
      structuredTable(
        node.title,
        [labels.trigger, labels.action, labels.responsible, labels.when],
        [2, 4, 2, 1.4],
        node.rows.map((row) => [row.trigger, row.action, row.responsible, row.when]),
        ctx,
      );
      return;
    case 'contact-table':
      if (node.variant === 'call-tree') {
        structuredTable(
          node.title,
          [labels.name, labels.role, labels.phone, labels.callSign, labels.callsNext],
          [2, 2, 2, 1.2, 3],
          node.rows.map((row) => [row.name, row.role, row.phone, row.callSign, row.calls.join('\n')]),
          ctx,
        );
      } else {
        structuredTable(
          node.title,
          [labels.name, labels.role, labels.phone, labels.email, labels.callSign, labels.deputy],
          [2, 2, 2, 2.6, 1.2, 1.8],
          node.rows.map((row) => [row.name, row.role, row.phone, row.email, row.callSign, row.deputy]),
          ctx,
        );
      }
      return;
    case 'pace-table':
      structuredTable(
        node.title,
        [labels.paceLevel, labels.means, labels.details, labels.owner],
        [1.5, 2.5, 4, 2],
        node.rows.map((row) => [{ text: labels.paceLevels[row.level], bold: true }, row.means, row.details, row.owner]),
        ctx,
      );
      return;
    case 'phase-table':
      structuredTable(
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
      return;
    case 'checklist':
      checklist(node.title, node.items, ctx);
      return;
    case 'risk-summary-table':
      structuredTable(
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
      return;
    case 'risk-matrix':
      riskMatrix(node, ctx);
      return;
    case 'carver-table':
      structuredTable(
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
      return;
    case 'approval-block':
      structuredTable(
        '',
        [labels.approvalRole, labels.name, labels.title, labels.date, labels.signature],
        [1.8, 2.2, 2.2, 1.4, 2.6],
        node.rows.map((row) => [{ text: row.role, bold: true }, row.name, row.title, row.date, '']),
        ctx,
        // Room to sign by hand, and every signature on the same page.
        { minRowHeight: 850, keepTogether: true },
      );
      return;
    // Template-only blocks: a template exported as a preview shows its repeated and conditional content once.
    case 'repeat':
    case 'conditional':
      for (const child of node.children) writeBlock(child, ctx);
      return;
  }
}
