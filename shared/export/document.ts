import type { BlockNode } from '#shared/document/nodes';
import { ENGLISH_LABELS, writeBlock, type BlockContext } from './blocks';
import { inlineXml } from './inline';
import type { LayoutBox } from './layout-model';
import { pageGeometry } from './page';
import { estimatePages } from './page-estimate';
import type { ExportRequest } from './request';
import { buildSkeleton, documentPieces, type Skeleton } from './skeleton';
import { TocCollector, tocBoxes, writeToc } from './toc';
import { escapeText, paragraph } from './xml';
import { XmlWriter } from './xml-writer';
import { FFLATE_CODEC, zipFiles, type ZipCodec } from './zip';

export type { CoverInfo, ExportRequest } from './request';

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

/** Roughly the bytes a section's body takes (700 per block, row or item), so its buffer seldom grows. */
function sizeHint(blocks: readonly BlockNode[]): number {
  let units = 0;
  for (const block of blocks) {
    units += 1;
    if (block.type === 'table' || block.type === 'list') units += block.children.length;
    else if ('rows' in block && Array.isArray(block.rows)) units += block.rows.length;
  }
  return (1 << 16) + units * 700;
}

/** Puts a section's sectPr into its last paragraph, as Word does, or into a paragraph of its own. */
function endSection(w: XmlWriter, sectPr: string): void {
  const last = w.lastParagraph;
  if (!sectPr) {
    if (w.position === 0) w.raw('<w:p/>');
    return;
  }
  if (last && last.end === w.position) {
    if (last.propertiesEnd !== null) w.insert(last.propertiesEnd, sectPr);
    else w.insert(last.start + '<w:p>'.length, `<w:pPr>${sectPr}</w:pPr>`);
  } else w.raw(`<w:p><w:pPr>${sectPr}</w:pPr></w:p>`);
}

/** Every level of a list instance starts again at 1, as docx writes its instances. */
const RESTARTS = Array.from(
  { length: 9 },
  (_, level) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`,
).join('');

/** One restarting instance of a list definition per list, appended to docx's numbering.xml. */
function numberingWith(skeleton: Skeleton, instances: Array<{ numId: number; abstractNumId: number }>): string {
  const restarts = RESTARTS;
  const nums = instances
    .map(
      ({ numId, abstractNumId }) =>
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${restarts}</w:num>`,
    )
    .join('');
  return skeleton.numberingXml.replace('</w:numbering>', `${nums}</w:numbering>`);
}

function relationshipsWith(skeleton: Skeleton, links: Map<string, string>): string {
  const added = [...links]
    .map(
      ([url, id]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeText(url)}" TargetMode="External"/>`,
    )
    .join('');
  return skeleton.relationshipsXml.replace('</Relationships>', `${added}</Relationships>`);
}

export interface ExportOptions {
  /** Compression for the zip; Node's zlib from the app, fflate by default (browser-safe). */
  codec?: ZipCodec;
}

/**
 * The .docx file's bytes: cover, contents pre-filled with estimated page numbers, the body in
 * sections (landscape where the plan has a section break), header and footer on every page.
 */
export async function exportDocx(request: ExportRequest, options: ExportOptions = {}): Promise<Uint8Array> {
  const { document, style } = request;
  const labels = request.labels ?? ENGLISH_LABELS;
  const blocks = document.content.root.children;
  const titleHeading = isTitleHeading(blocks) ? blocks[0] : undefined;
  const plans = planSections(blocks);
  const skeleton = await buildSkeleton(
    request,
    labels,
    plans.map((plan) => plan.orientation),
  );

  let nextNumId =
    Math.max(0, ...[...skeleton.numberingXml.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const instances: Array<{ numId: number; abstractNumId: number }> = [];
  const links = new Map<string, string>();
  const toc = new TocCollector(style.numberHeadings);
  const boxes: LayoutBox[] = [];
  const bodies = plans.map((plan, index) => {
    if (index > 0) boxes.push({ kind: 'section', orientation: plan.orientation, pageSize: style.pageSize });
    const w = new XmlWriter(sizeHint(plan.blocks));
    const ctx: BlockContext = {
      w,
      style,
      labels,
      textWidth: pageGeometry(style.pageSize, plan.orientation).textWidth,
      newList: (reference) => {
        const numId = nextNumId;
        nextNumId += 1;
        instances.push({ numId, abstractNumId: skeleton.abstractNumIds[reference] });
        return numId;
      },
      links: {
        relationshipFor: (url) => {
          const id = links.get(url) ?? `rIdLink${links.size + 1}`;
          links.set(url, id);
          return id;
        },
      },
      toc,
      boxes,
      headingShift: titleHeading ? 1 : 0,
    };
    for (const block of plan.blocks) {
      if (block === titleHeading && block.type === 'heading') {
        const out = { text: '' };
        paragraph(w, { style: 'Title' }, () => inlineXml(w, block.children, ctx.links, out));
        boxes.push({ kind: 'paragraph', style: 'Title', text: out.text });
      } else writeBlock(block, ctx);
    }
    // An empty first section ends with the contents, written later.
    if (index > 0 || w.position > 0) endSection(w, skeleton.sectionProperties[index] ?? '');
    return w;
  });

  // The contents come before the body but are written last, once the pages are estimated.
  const pages =
    request.estimatePageNumbers === false
      ? null
      : estimatePages([...tocBoxes(toc.entries), { kind: 'page-break' }, ...boxes], style).entryPages;

  const pieces = documentPieces(skeleton);
  const total = bodies.reduce((sum, body) => sum + body.position, 0);
  // Room for the body, the contents (about 600 bytes an entry) and the skeleton around them.
  const out = new XmlWriter(total + 640 * toc.entries.length + (1 << 16));
  bodies.forEach((body, index) => {
    out.raw(pieces[index] ?? '');
    if (index === 0) {
      const contents = new XmlWriter(640 * toc.entries.length + 4096);
      writeToc(contents, toc.entries, pages, labels, pageGeometry(style.pageSize, 'portrait').textWidth);
      if (body.position === 0 && bodies.length > 1) endSection(contents, skeleton.sectionProperties[0] ?? '');
      out.append(contents);
    }
    out.append(body);
  });
  out.raw(pieces[bodies.length] ?? '');

  const encoder = new TextEncoder();
  const replaced: Record<string, Uint8Array> = {
    'word/document.xml': out.bytes(),
    'word/numbering.xml': encoder.encode(numberingWith(skeleton, instances)),
    'word/_rels/document.xml.rels': encoder.encode(relationshipsWith(skeleton, links)),
  };
  return zipFiles(
    skeleton.parts.map(([path, data]) => ({
      path,
      data: replaced[path] ?? data,
    })),
    options.codec ?? FFLATE_CODEC,
  );
}
