import type { StoredDocument } from '#shared/document/nodes';
import { serializeTemplate } from '#shared/templates/serialize-template';

/** A template id from an imported title: lowercase ASCII words, a suffix so it never collides. */
export function importedTemplateId(title: string, suffix: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `${words || 'imported'}-${suffix}`.replace(/^-/, '');
}

/** The template text (front matter + body) of an imported document, as version 1.0.0 of a new template. */
export function importedTemplateFile(
  document: StoredDocument,
  fileName: string,
  today: string,
  suffix: string,
): { id: string; name: string; text: string } {
  const id = importedTemplateId(document.meta.title, suffix);
  const text = serializeTemplate({
    meta: {
      id,
      title: document.meta.title,
      kind: 'contingency',
      version: '1.0.0',
      changelog: [{ version: '1.0.0', date: today, note: `Imported from ${fileName}` }],
      language: 'en',
      appliesTo: [],
      requiredFields: [],
      summary: `Imported from the Word document ${fileName}; review it before use.`,
    },
    document: { ...document, meta: { ...document.meta, kind: 'contingency' } },
  });
  return { id, name: `${id}@1.0.0.md`, text };
}
