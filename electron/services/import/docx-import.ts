import mammoth from 'mammoth';
import { ApiFailure } from '#shared/contract/errors';
import type { ImportResult } from '#shared/contract/export';
import { storedDocumentSchema } from '#shared/document/schema';
import { checkDocxContainer, readParts } from './docx-container';
import { htmlToDocument, note, type MappingReport } from './html-to-document';

/** Word's built-in styles that map to our headings and lists; anything else mammoth reports. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
];

function describeWarning(message: string): string {
  const style = /Unrecognised (paragraph|run) style: '([^']*)'/.exec(message);
  if (style)
    return `Formatting of the Word style "${style[2]}" (its text is kept as plain ${style[1] === 'run' ? 'text' : 'paragraphs'})`;
  if (/footnote|endnote/i.test(message)) return 'Footnotes and endnotes';
  if (/comment/i.test(message)) return 'Comments';
  return message;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The title in the document's properties (File > Info in Word), when it has one. */
function propertiesTitle(bytes: Uint8Array, hasCore: boolean): string {
  if (!hasCore) return '';
  const core = readParts(bytes, ['docProps/core.xml'])['docProps/core.xml'] ?? '';
  const raw = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '';
  return raw.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '').trim();
}

function titleFromFileName(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]+$/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || 'Imported document'
  );
}

/**
 * Reads a .docx into a plan or template document. Either the whole document comes back, or an
 * INVALID_INPUT with the reason: nothing is stored here, so nothing can be imported half-way.
 */
export async function importDocx(
  bytes: Uint8Array,
  fileName: string,
  target: 'plan' | 'template',
): Promise<ImportResult> {
  const entries = checkDocxContainer(bytes, fileName);
  const report: MappingReport = { unmapped: new Map(), stats: { headings: 0, paragraphs: 0, lists: 0, tables: 0 } };
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        // Pictures are not part of the plan model: they are counted, never decoded.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `"${fileName}" could not be read as a Word document: it is damaged or not a .docx.`,
      {
        file: fileName,
        reason: 'unreadable',
        cause: error instanceof Error ? error.message.slice(0, 200) : String(error),
      },
    );
  }
  for (const message of converted.messages) note(report, describeWarning(message.message), message.message);
  const embedded = entries.filter((entry) => entry.name.startsWith('word/embeddings/')).length;
  for (let index = 0; index < embedded; index += 1)
    note(report, 'Embedded objects (spreadsheets, charts)', 'embedded object');
  if (entries.some((entry) => entry.name === 'word/comments.xml')) note(report, 'Comments', 'word/comments.xml');

  const kind = target === 'template' ? 'imported-template' : 'imported';
  const document = htmlToDocument(converted.value, titleFromFileName(fileName), kind, report);
  const firstHeading = document.content.root.children.find((block) => block.type === 'heading');
  const fromProperties = propertiesTitle(
    bytes,
    entries.some((entry) => entry.name === 'docProps/core.xml'),
  );
  if (fromProperties) {
    document.meta.title = fromProperties.slice(0, 300);
  } else if (firstHeading?.type === 'heading') {
    const headingText = firstHeading.children
      .map((child) => (child.type === 'text' ? child.text : ''))
      .join('')
      .trim();
    if (headingText) document.meta.title = headingText.slice(0, 300);
  }
  const checked = storedDocumentSchema.safeParse(document);
  if (!checked.success) {
    throw new ApiFailure('INVALID_INPUT', `"${fileName}" produced a document the editor cannot load.`, {
      file: fileName,
      reason: 'unmappable',
      issues: checked.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  return { document, unmapped: [...report.unmapped.values()], stats: report.stats };
}
