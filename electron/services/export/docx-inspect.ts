import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading an exported .docx back the way an independent reader would: its parts, the OOXML
 * schemas (xmllint), LibreOffice's PDF rendering. Used by tests, the benchmark and the renders.
 */

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels') });
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The official schemas beside the repository (see ../shared/ENVIRONMENT.md), when present. */
export const OOXML_SCHEMAS = resolve(import.meta.dirname, '../../../../shared/ooxml-schemas');
export const WORD_SCHEMA = join(OOXML_SCHEMAS, 'microsoft/wml-2010.xsd');

export function hasTool(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Markup Compatibility processing (ISO/IEC 29500-3) for a reader that knows only the schemas we
 * validate with: attributes and elements of the namespaces a part declares ignorable are dropped,
 * as Word and LibreOffice drop what they do not understand. w14 is kept: wml-2010.xsd defines it.
 */
export function applyMarkupCompatibility(xml: string): string {
  const ignorable =
    /\smc:Ignorable="([^"]*)"/
      .exec(xml)?.[1]
      ?.split(/\s+/)
      .filter((prefix) => prefix && prefix !== 'w14') ?? [];
  let result = xml.replace(/\smc:Ignorable="[^"]*"/, '');
  for (const prefix of ignorable) {
    result = result
      .replace(new RegExp(`\\s${prefix}:[\\w-]+="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:[\\w-]+[^>]*/>`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w-]+)[^>]*>[\\s\\S]*?</${prefix}:\\1>`, 'g'), '');
  }
  return result;
}

/** Validates one XML part against the WordprocessingML schema; returns xmllint's complaints, empty when valid. */
export function schemaErrors(xml: string, dir: string, name: string): string {
  const file = join(dir, name.replace(/\//g, '_'));
  writeFileSync(file, applyMarkupCompatibility(xml));
  const result = spawnSync('xmllint', ['--noout', '--schema', WORD_SCHEMA, file], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

export interface Rendered {
  pdf: string;
  pages: number;
  /** Text of each page, from pdftotext. */
  pageText: (page: number) => string;
}

/** LibreOffice -> PDF, in a private profile so parallel runs do not collide. */
export function renderPdf(docxFile: string, outDir: string): Rendered {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, 'lo-profile');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxFile],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdfName = readdirSync(outDir).find((name) => name.endsWith('.pdf'));
  if (!pdfName) throw new Error(`LibreOffice produced no PDF for ${docxFile}`);
  const pdf = join(outDir, pdfName);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pageText = (page: number) =>
    execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return { pdf, pages, pageText };
}

/** PNG images of the first pages, for a person to look at. */
export function renderPngs(pdf: string, prefix: string, lastPage: number, dpi = 60): string[] {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(lastPage), pdf, prefix], {
    timeout: 60_000,
  });
  const dir = resolve(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((name) => name.startsWith(base) && name.endsWith('.png'))
    .sort()
    .map((name) => join(dir, name));
}

export const canRender = () => hasTool('soffice') && hasTool('pdfinfo') && hasTool('pdftoppm');
export const canValidate = () => hasTool('xmllint') && existsSync(WORD_SCHEMA);

/** Text of every page of a PDF, from pdftotext, first page first. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface ContentsEntry {
  /** "1.2." when headings are numbered, else "". */
  number: string;
  text: string;
  /** The page number written into the contents, if any. */
  page: number | null;
}

const unescapeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The entries of the contents field of an exported document.xml, as the exporter writes them. */
export function contentsEntries(documentXml: string): ContentsEntry[] {
  const entry =
    /w:anchor="_Toc\d+">(?:<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>)?<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/><w:instrText xml:space="preserve">PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t xml:space="preserve">(\d+)<\/w:t>)?/g;
  return [...documentXml.matchAll(entry)].map((match) => ({
    number: match[1] ?? '',
    text: unescapeXml(match[2] ?? ''),
    page: match[3] ? Number(match[3]) : null,
  }));
}

/**
 * The page each heading really lands on in a rendering: headings are looked for in order, each
 * from the page of the previous one, after the contents pages (those with dot leaders).
 */
export function headingPages(pages: readonly string[], entries: readonly ContentsEntry[]): Array<number | null> {
  const normalize = (value: string) => value.replace(/\s+/g, ' ').trim();
  let page = pages.findIndex((text, index) => index > 1 && !/\.{8,}/.test(text));
  return entries.map((entry) => {
    const text = normalize(entry.text);
    const wanted = normalize(`${entry.number} ${entry.text}`);
    for (let index = Math.max(page, 0); index < pages.length; index += 1) {
      const lines = (pages[index] ?? '').split('\n').map(normalize);
      const found = lines.some(
        (line) =>
          line === wanted ||
          line.startsWith(`${wanted} `) ||
          (entry.number !== '' && line.startsWith(entry.number) && normalize(line.slice(entry.number.length)) === text),
      );
      if (found) {
        page = index;
        return index + 1;
      }
    }
    return null;
  });
}
