import { field, heading, paragraph, storedDocument } from '#shared/document/build';
import { serializeTemplate, type TemplateSource } from '#shared/templates';
import type { TestBackend } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';

export const TODAY = '2026-11-22';

/** A small contingency template touching every kind of directive the generator resolves. */
export function unrestTemplate(): TemplateSource {
  return {
    meta: {
      id: 'civil-unrest',
      title: 'Civil unrest contingency plan',
      kind: 'contingency',
      version: '1.0.0',
      changelog: [],
      language: 'en',
      appliesTo: ['civil-unrest'],
      requiredFields: [],
      summary: 'Demonstrations and riots.',
    },
    document: storedDocument({ title: 'Civil unrest contingency plan', kind: 'contingency' }, [
      heading('h1', [field('plan.title', 'Plan title')]),
      paragraph(
        'Site: ',
        field('site.name', 'Site name'),
        '. Assembly point: ',
        field('fill.assembly-point', 'Assembly point'),
      ),
      heading('h2', 'Risks covered'),
      { type: 'risk-summary-table', version: 1, title: 'Risks', source: { from: 'risks' }, rows: [] },
      heading('h2', 'Actions'),
      { type: 'action-table', version: 1, title: 'Actions', source: { from: 'measures' }, rows: [] },
    ]),
  };
}

/** Adds a template to the backend's library as a maintainer does: its text, imported as a pack. */
export async function addTemplate(backend: TestBackend, template: TemplateSource): Promise<void> {
  const report = await call(backend, 'templates.importPack', {
    files: [{ name: `${template.meta.id}.md`, text: serializeTemplate(template) }],
  });
  if (report.imported.length !== 1) throw new Error(`${template.meta.id} was not imported: ${JSON.stringify(report)}`);
}
