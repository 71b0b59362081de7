import type { ExportLabels } from './blocks';
import type { ParagraphBox } from './layout-model';
import { STYLE } from './styles';
import { escapeText, paragraph, textRun } from './xml';
import type { XmlWriter } from './xml-writer';

/**
 * The contents: a TOC field Word refreshes on opening (marked dirty, and settings ask to update
 * fields), pre-filled with the entries and estimated page numbers, because LibreOffice never
 * updates it and shows what is written.
 */

export interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  /** "1.2." when headings are numbered. */
  number: string;
}

export class TocCollector {
  readonly entries: TocEntry[] = [];
  private readonly counters = [0, 0, 0];

  constructor(private readonly numbered: boolean) {}

  /** Records a heading whose text is not written yet; returns its entry index. */
  reserve(level: 1 | 2 | 3): number {
    this.counters[level - 1] = (this.counters[level - 1] ?? 0) + 1;
    for (let deeper = level; deeper < 3; deeper += 1) this.counters[deeper] = 0;
    const number = this.numbered
      ? `${this.counters
          .slice(0, level)
          .map((count) => String(count))
          .join('.')}.`
      : '';
    this.entries.push({ level, text: '', number });
    return this.entries.length - 1;
  }

  setText(entry: number, text: string): void {
    const found = this.entries[entry];
    if (found) found.text = text;
  }

  bookmark(entry: number): { name: string; id: number } {
    return { name: `_Toc${entry + 1}`, id: entry + 1 };
  }
}

const FIELD_BEGIN =
  '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>' +
  '<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

function writeEntry(
  w: XmlWriter,
  entry: TocEntry,
  index: number,
  page: number | undefined,
  rightTab: number,
  first: boolean,
): void {
  const numberTab = entry.number ? `<w:tab w:val="left" w:pos="${480 * entry.level}"/>` : '';
  const anchor = `_Toc${index + 1}`;
  w.raw(
    `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/><w:tabs>${numberTab}` +
      `<w:tab w:val="right" w:pos="${rightTab}" w:leader="dot"/></w:tabs></w:pPr>${first ? FIELD_BEGIN : ''}` +
      `<w:hyperlink w:history="1" w:anchor="${anchor}">`,
  );
  if (entry.number) {
    textRun(w, entry.number);
    w.raw('<w:r><w:tab/></w:r>');
  }
  textRun(w, entry.text);
  w.raw(
    '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/>' +
      `<w:instrText xml:space="preserve">PAGEREF ${anchor} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>` +
      `${page === undefined ? '' : `<w:t xml:space="preserve">${page}</w:t>`}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`,
  );
}

/** What the estimator needs to know of the contents pages, before their numbers are known. */
export function tocBoxes(entries: readonly TocEntry[]): ParagraphBox[] {
  return [
    { kind: 'paragraph', style: STYLE.tocHeading, text: 'Contents' },
    ...entries.map((entry): ParagraphBox => ({
      kind: 'paragraph',
      style: `TOC${entry.level}`,
      // The number's tab stop and the page number take about this much room.
      text: `${entry.number ? `${entry.number}\u00a0\u00a0\u00a0` : ''}${entry.text}\u00a0\u00a0\u00a0\u00a0000`,
    })),
    // The paragraph closing the field, and with no entries the one opening it.
    { kind: 'paragraph', style: 'Normal', text: '' },
    ...(entries.length === 0 ? [{ kind: 'paragraph' as const, style: 'Normal', text: '' }] : []),
  ];
}

/** The contents heading and field, then a page break; `pages[i]` is the page of entry i. */
export function writeToc(
  w: XmlWriter,
  entries: readonly TocEntry[],
  pages: readonly number[] | null,
  labels: ExportLabels,
  rightTab: number,
): void {
  w.raw(`<w:p><w:pPr><w:pStyle w:val="${STYLE.tocHeading}"/></w:pPr>`);
  textRun(w, labels.contents);
  w.raw(
    `</w:p><w:sdt><w:sdtPr><w:alias w:val="${escapeText(labels.contents)}"/><w:docPartObj>` +
      '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>',
  );
  if (entries.length === 0) w.raw(`<w:p>${FIELD_BEGIN}</w:p><w:p>${FIELD_END}</w:p>`);
  else {
    entries.forEach((entry, index) => writeEntry(w, entry, index, pages?.[index], rightTab, index === 0));
    w.raw(`<w:p>${FIELD_END}</w:p>`);
  }
  w.raw('</w:sdtContent></w:sdt>');
  // Tracked as a paragraph: an empty first section puts its properties in it.
  paragraph(w, undefined, () => w.raw('<w:r><w:br w:type="page"/></w:r>'));
}
