import {
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Packer,
  TabStopType,
  TableOfContents,
  TextRun,
  type FileChild,
  type IStylesOptions,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { BlockNode, StoredDocument } from '../document/nodes';
import { blockChildren, ENGLISH_LABELS, type BlockContext, type ExportLabels } from './blocks';
import { inlineRuns } from './inline';
import type { HouseStyle, HouseStyleLogo } from './house-style';
import { HEADER_MARGIN, pageGeometry, type PageGeometry } from './page';
import { buildNumbering, buildStyles, STYLE } from './styles';
import { cleanText } from './text';

/** What the cover page, header and footer print besides the document itself. */
export interface CoverInfo {
  title: string;
  /** e.g. "Contingency plan". */
  subtitle?: string;
  site?: string | null;
  workspace: string;
  /** Edition of a plan; reports without one print only the date. */
  version?: string;
  date: string;
  /** The workspace's marking; the house style's own marking wins when it has one. */
  marking: string;
  author?: string;
  keywords?: string[];
}

export interface ExportRequest {
  document: StoredDocument;
  style: HouseStyle;
  cover: CoverInfo;
  labels?: ExportLabels;
  /**
   * Lay the pages out to pre-fill the table of contents with page numbers. Word updates them
   * again on opening; LibreOffice never does, so without this it shows entries without numbers.
   * 'auto' (the default) lays out documents up to about 75 pages: the layout costs seconds per
   * hundred pages, more than the rest of the export together.
   */
  estimatePageNumbers?: boolean | 'auto';
}

/** Lines-ish units (paragraphs, list items, table rows) above which 'auto' skips the page layout. */
export const PAGE_LAYOUT_LIMIT = 1500;

function layoutUnits(blocks: readonly BlockNode[]): number {
  let units = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'list':
        units += block.children.length;
        break;
      case 'table':
        units += block.children.length;
        break;
      case 'phase-table':
        units += 1 + block.rows.reduce((sum, row) => sum + Math.max(row.indicators.length, row.actions.length, 1), 0);
        break;
      case 'checklist':
        units += 1 + block.items.length;
        break;
      case 'action-table':
      case 'contact-table':
      case 'pace-table':
      case 'risk-summary-table':
      case 'carver-table':
      case 'approval-block':
        units += 2 + block.rows.length;
        break;
      case 'risk-matrix':
        units += 2 + block.likelihoodLabels.length;
        break;
      case 'repeat':
      case 'conditional':
        units += layoutUnits(block.children);
        break;
      case 'paragraph':
      case 'heading':
      case 'quote':
      case 'page-break':
      case 'section-break':
        units += 1;
        break;
    }
  }
  return units;
}

export function shouldLayOutPages(
  document: StoredDocument,
  option: ExportRequest['estimatePageNumbers'] = 'auto',
): boolean {
  return option === 'auto' ? layoutUnits(document.content.root.children) <= PAGE_LAYOUT_LIMIT : option;
}

function base64Bytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function logoRun(logo: HouseStyleLogo, maxWidth: number, maxHeight: number): ImageRun {
  const scale = Math.min(1, maxWidth / logo.width, maxHeight / logo.height);
  return new ImageRun({
    type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
    data: base64Bytes(logo.data),
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    altText: { name: 'Logo', description: 'Organisation logo', title: 'Logo' },
  });
}

function markingParagraph(marking: string): Paragraph {
  return new Paragraph({ style: STYLE.marking, children: marking ? [new TextRun(cleanText(marking))] : [] });
}

function header(title: string, marking: string, page: PageGeometry): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        children: [
          new TextRun(cleanText(title)),
          new TextRun({ text: '\t' }),
          ...(marking ? [new TextRun({ text: cleanText(marking), bold: true, allCaps: true })] : []),
        ],
      }),
    ],
  });
}

function footer(cover: CoverInfo, marking: string, labels: ExportLabels, page: PageGeometry): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(page.textWidth / 2) },
          { type: TabStopType.RIGHT, position: page.textWidth },
        ],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        children: [
          new TextRun(cleanText(cover.version ? `${labels.version} ${cover.version} · ${cover.date}` : cover.date)),
          new TextRun({ text: '\t' }),
          new TextRun({ text: cleanText(marking), bold: true, allCaps: true }),
          new TextRun({ text: '\t' }),
          // Pages are counted from the cover without restarting: LibreOffice miscounts restarted totals.
          new TextRun({ children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function coverPage(request: ExportRequest, labels: ExportLabels): FileChild[] {
  const { cover, style } = request;
  const detail = (label: string, value: string | null | undefined) =>
    value
      ? [
          new Paragraph({
            style: STYLE.coverMeta,
            tabStops: [{ type: TabStopType.LEFT, position: 2268 }],
            children: [new TextRun({ text: `${label}\t`, bold: true }), new TextRun(cleanText(value))],
          }),
        ]
      : [];
  return [
    ...(style.logo ? [new Paragraph({ spacing: { before: 480 }, children: [logoRun(style.logo, 240, 96)] })] : []),
    ...(style.organisation
      ? [
          new Paragraph({
            style: STYLE.coverMeta,
            spacing: { before: 240 },
            children: [new TextRun({ text: cleanText(style.organisation), bold: true })],
          }),
        ]
      : []),
    new Paragraph({
      spacing: { before: 2400, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      style: STYLE.coverTitle,
      children: [new TextRun(cleanText(cover.title))],
    }),
    ...(cover.subtitle
      ? [new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(cleanText(cover.subtitle))] })]
      : []),
    ...detail(labels.site, cover.site),
    ...detail(labels.workspace, cover.workspace),
    ...detail(labels.version, cover.version),
    ...detail(labels.date, cover.date),
    ...detail(labels.preparedBy, cover.author),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function tableOfContents(labels: ExportLabels): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: [new TextRun(labels.contents)] }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-3', beginDirty: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The document opens with its only h1: that is its title, not its first chapter. */
function isTitleHeading(blocks: readonly BlockNode[]): boolean {
  const first = blocks[0];
  return (
    first?.type === 'heading' &&
    first.tag === 'h1' &&
    blocks.filter((block) => block.type === 'heading' && block.tag === 'h1').length === 1
  );
}

interface SectionPlan {
  orientation: 'portrait' | 'landscape';
  blocks: BlockNode[];
}

/** Splits the body at section breaks; the first section is portrait (it holds the cover). */
function planSections(blocks: readonly BlockNode[]): SectionPlan[] {
  const sections: SectionPlan[] = [{ orientation: 'portrait', blocks: [] }];
  for (const block of blocks) {
    if (block.type === 'section-break') sections.push({ orientation: block.orientation, blocks: [] });
    else sections[sections.length - 1]?.blocks.push(block);
  }
  return sections;
}

/** With a reference .docx, its styles win; ours fill in only the ids it does not define. */
function stylesFor(style: HouseStyle): { styles: IStylesOptions; externalStyles?: string } {
  const ours = buildStyles(style);
  const reference = style.referenceDoc?.stylesXml;
  if (!reference) return { styles: ours };
  const defines = (id: string) => reference.includes(`w:styleId="${id}"`);
  const defaults = ours.default ?? {};
  const defaultIds: Record<string, string> = {
    title: 'Title',
    heading1: 'Heading1',
    heading2: 'Heading2',
    heading3: 'Heading3',
    heading4: 'Heading4',
    listParagraph: 'ListParagraph',
    hyperlink: 'Hyperlink',
  };
  const keptDefaults = Object.fromEntries(
    Object.entries(defaults).filter(([key]) => key !== 'document' && !defines(defaultIds[key] ?? key)),
  );
  return {
    externalStyles: reference,
    styles: {
      default: keptDefaults,
      paragraphStyles: (ours.paragraphStyles ?? []).filter((paragraphStyle) => !defines(paragraphStyle.id)),
    },
  };
}

/** The Word document for a plan: cover, contents, body in sections, header and footer on every page. */
export function buildWordDocument(request: ExportRequest): Document {
  const { document, style, cover } = request;
  const labels = request.labels ?? ENGLISH_LABELS;
  const marking = (style.marking || cover.marking).trim();
  let listInstance = 0;
  const blocks = document.content.root.children;
  const titleHeading = isTitleHeading(blocks) ? blocks[0] : undefined;
  const sections = planSections(blocks).map((plan, index): ISectionOptions => {
    const page = pageGeometry(style.pageSize, plan.orientation);
    const ctx: BlockContext = {
      style,
      labels,
      textWidth: page.textWidth,
      nextListInstance: () => (listInstance += 1),
      headingShift: titleHeading ? 1 : 0,
    };
    const body = plan.blocks.flatMap((block) =>
      block === titleHeading && block.type === 'heading'
        ? [new Paragraph({ style: 'Title', children: inlineRuns(block.children) })]
        : blockChildren(block, ctx),
    );
    const first = index === 0;
    const children = first ? [...coverPage(request, labels), ...tableOfContents(labels), ...body] : body;
    return {
      properties: {
        titlePage: first,
        page: {
          size: {
            width: pageGeometry(style.pageSize, 'portrait').width,
            height: pageGeometry(style.pageSize, 'portrait').height,
            orientation: plan.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: page.margin,
            bottom: page.margin,
            left: page.margin,
            right: page.margin,
            header: HEADER_MARGIN,
            footer: HEADER_MARGIN,
          },
        },
      },
      headers: {
        default: header(cover.title, marking, page),
        ...(first ? { first: new Header({ children: [markingParagraph(marking)] }) } : {}),
      },
      footers: {
        default: footer(cover, marking, labels, page),
        ...(first ? { first: new Footer({ children: [markingParagraph(marking)] }) } : {}),
      },
      // Word rejects a section without a paragraph.
      children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    };
  });

  const { styles, externalStyles } = stylesFor(style);
  return new Document({
    title: cleanText(cover.title),
    subject: cleanText([cover.subtitle, cover.site].filter(Boolean).join(' — ')),
    creator: cleanText(cover.author || style.organisation || cover.workspace),
    lastModifiedBy: cleanText(cover.author || style.organisation || cover.workspace),
    keywords: cleanText([...(cover.keywords ?? []), marking].filter(Boolean).join(', ')),
    description: cleanText(cover.version ? `${cover.workspace} — ${labels.version} ${cover.version}` : cover.workspace),
    styles,
    externalStyles,
    numbering: buildNumbering(),
    features: { updateFields: true },
    pageNumbers: shouldLayOutPages(document, request.estimatePageNumbers)
      ? estimatePageNumbersWith({ guess: true })
      : undefined,
    sections,
  });
}

/** The .docx file's bytes. */
export async function exportDocx(request: ExportRequest): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildWordDocument(request));
  return new Uint8Array(buffer);
}
