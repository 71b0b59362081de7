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
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportLabels } from './blocks';
import type { HouseStyle, HouseStyleLogo } from './house-style';
import { HEADER_MARGIN, pageGeometry, type PageGeometry } from './page';
import type { CoverInfo, ExportRequest } from './request';
import { buildNumbering, buildStyles, NUMBERING, STYLE } from './styles';
import { cleanText } from './text';

/**
 * Everything of the .docx but the body, written by the docx library: styles, numbering
 * definitions, settings, headers and footers, properties, content types, the cover page and the
 * section properties. Each section holds a marker paragraph where the body writer's XML goes;
 * numbering probes give the numIds of our list definitions. This part costs a few milliseconds
 * whatever the plan's size.
 */

const bodyMarker = (section: number) => `@@CP-BODY-${section}@@`;
const numberingMarker = (reference: string) => `@@CP-NUM-${reference}@@`;

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

export interface Skeleton {
  /** The package's parts in zip order, as docx wrote them (document.xml, numbering.xml and rels edited later). */
  parts: Array<[string, Uint8Array]>;
  /** document.xml with a body marker where each section's body goes (see documentPieces). */
  documentXml: string;
  numberingXml: string;
  relationshipsXml: string;
  /** Each section's sectPr, or '' for the last one (its sectPr is the body's own). */
  sectionProperties: string[];
  /** abstractNumId of each list definition. */
  abstractNumIds: Record<(typeof NUMBERING)[keyof typeof NUMBERING], number>;
}

/** The docx Document with marker paragraphs in place of the bodies. */
function skeletonDocument(
  request: ExportRequest,
  labels: ExportLabels,
  orientations: Array<'portrait' | 'landscape'>,
): Document {
  const { style, cover } = request;
  const marking = (style.marking || cover.marking).trim();
  const probes = [NUMBERING.bullets, NUMBERING.numbers].map(
    (reference) =>
      new Paragraph({
        numbering: { reference, level: 0, instance: 0 },
        children: [new TextRun(numberingMarker(reference))],
      }),
  );
  const sections = orientations.map((orientation, index): ISectionOptions => {
    const page = pageGeometry(style.pageSize, orientation);
    const first = index === 0;
    const last = index === orientations.length - 1;
    const marker = new Paragraph({ children: [new TextRun(bodyMarker(index))] });
    const children: FileChild[] = [...(first ? coverPage(request, labels) : []), ...(last ? probes : []), marker];
    return {
      properties: {
        titlePage: first,
        page: {
          size: {
            width: pageGeometry(style.pageSize, 'portrait').width,
            height: pageGeometry(style.pageSize, 'portrait').height,
            orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
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
      children,
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
    sections,
  });
}

/** The paragraph around `index` in `xml`: its start and end offsets. */
function paragraphAround(xml: string, index: number): [number, number] {
  const start = xml.lastIndexOf('<w:p>', index);
  const end = xml.indexOf('</w:p>', index) + '</w:p>'.length;
  if (start < 0 || end < index) throw new Error('The document skeleton lost a marker paragraph.');
  return [start, end];
}

type CompiledFiles = Map<string, string | Uint8Array>;

/**
 * The package's files as docx compiles them, before it zips them. docx 9 keeps its compiler on
 * Packer; zipping there and unzipping here would cost 1-2 ms more, so the compiler is used when
 * present, and the public (zipping) path otherwise, with the same result.
 */
async function compiledFiles(document: Document): Promise<CompiledFiles> {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => unknown } }).compiler;
  const compiled = typeof compiler?.compile === 'function' ? compiler.compile(document) : null;
  if (compiled instanceof Map) return compiled as CompiledFiles;
  const files = unzipSync(await Packer.pack(document, 'uint8array'));
  return new Map(Object.entries(files));
}

export async function buildSkeleton(
  request: ExportRequest,
  labels: ExportLabels,
  orientations: Array<'portrait' | 'landscape'>,
): Promise<Skeleton> {
  const files = await compiledFiles(skeletonDocument(request, labels, orientations));
  const text = (path: string) => {
    const data = files.get(path) ?? '';
    return typeof data === 'string' ? data : strFromU8(data);
  };
  let documentXml = text('word/document.xml');
  const numberingXml = text('word/numbering.xml');

  // The probes: their numIds lead to the abstract definitions; then they go.
  const abstractNumIds = {} as Skeleton['abstractNumIds'];
  for (const reference of [NUMBERING.bullets, NUMBERING.numbers] as const) {
    const at = documentXml.lastIndexOf(numberingMarker(reference));
    const [start, end] = paragraphAround(documentXml, at);
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(documentXml.slice(start, end))?.[1];
    const abstract = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numberingXml)?.[1];
    if (!abstract) throw new Error(`No numbering definition for ${reference}.`);
    abstractNumIds[reference] = Number(abstract);
    documentXml = documentXml.slice(0, start) + documentXml.slice(end);
  }
  abstractNumIds.headings = 0; // applied through the heading styles, never by the body

  // Each marker paragraph becomes a slot; the sectPr docx put in it is kept for the body's last paragraph.
  const sectionProperties: string[] = [];
  orientations.forEach((_, index) => {
    const at = documentXml.lastIndexOf(bodyMarker(index));
    const [start, end] = paragraphAround(documentXml, at);
    sectionProperties.push(/<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(documentXml.slice(start, end))?.[0] ?? '');
    documentXml = `${documentXml.slice(0, start)}${bodyMarker(index)}${documentXml.slice(end)}`;
  });

  const encoder = new TextEncoder();
  return {
    parts: [...files].map(([path, data]): [string, Uint8Array] => [
      path,
      typeof data === 'string' ? encoder.encode(data) : data,
    ]),
    documentXml,
    numberingXml,
    relationshipsXml: text('word/_rels/document.xml.rels'),
    sectionProperties,
    abstractNumIds,
  };
}

/** Splits the skeleton's document.xml at its body slots: n + 1 pieces for n sections. */
export function documentPieces(skeleton: Skeleton): string[] {
  const pieces: string[] = [];
  let rest = skeleton.documentXml;
  skeleton.sectionProperties.forEach((_, index) => {
    const marker = bodyMarker(index);
    const at = rest.lastIndexOf(marker);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + marker.length);
  });
  pieces.push(rest);
  return pieces;
}
