import { isDeepStrictEqual } from 'node:util';
import type { Api, PackReport, TemplateDetail } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import type { StoredDocument } from '#shared/document/nodes';
import {
  bumpVersion,
  lintTemplates,
  parseTemplate,
  serializeTemplate,
  type TemplateMeta,
  type TemplateProblem,
} from '#shared/templates';
import { notFound, raise } from '#electron/services/errors';
import type { EventBus } from '#electron/services/events';
import type { ServiceDeps } from '#electron/services/ports';
import type { LibraryEntry, TemplateLibrary } from './template-library';
import { readZipPack, writeZipPack, type PackFile } from './template-pack';

type TemplateApi = Pick<
  Api,
  | 'templates.list'
  | 'templates.get'
  | 'templates.lint'
  | 'templates.publish'
  | 'templates.duplicate'
  | 'templates.importPack'
  | 'templates.exportPack'
>;

const changed = (events: EventBus) => events.emit('data.changed', { entity: 'template', workspaceId: null });

function invalidTemplate(problems: TemplateProblem[], what: string): ApiFailure {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return new ApiFailure(
    'INVALID_INPUT',
    `${what}: ${errors
      .slice(0, 3)
      .map((problem) => `line ${problem.line}, column ${problem.column}: ${problem.message}`)
      .join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`,
    { problems: errors },
  );
}

function detail(library: TemplateLibrary, entry: LibraryEntry): TemplateDetail {
  const versions = library.versionsOf(entry.meta.id);
  return {
    meta: entry.meta,
    origin: entry.origin,
    document: entry.document,
    text: entry.text,
    versions: versions.map((version) => ({ version: version.meta.version, origin: version.origin })),
    latest: versions[0]?.meta.version === entry.meta.version,
  };
}

/** The template library's API (`templates.*`), over the library plans are generated from. */
export function createTemplateService({
  events,
  today,
  library,
}: ServiceDeps & { library: TemplateLibrary }): TemplateApi {
  const find = (id: string, version?: string) =>
    library.get(id, version) ??
    raise(
      version === undefined
        ? notFound('Template', id)
        : new ApiFailure('NOT_FOUND', `Template ${id} has no version ${version}.`, { id, version }),
    );

  /** Serializes, re-parses to prove the text is valid, and stores the new version. */
  const save = (meta: TemplateMeta, document: StoredDocument): LibraryEntry => {
    const normalized: StoredDocument = { ...document, meta: { ...document.meta, title: meta.title, kind: meta.kind } };
    const text = serializeTemplate({ meta, document: normalized });
    const check = parseTemplate(text);
    if (!check.meta || check.problems.some((problem) => problem.severity === 'error'))
      throw invalidTemplate(check.problems, 'The template cannot be published');
    library.add({ id: meta.id, version: meta.version, title: meta.title, kind: meta.kind, text });
    changed(events);
    return find(meta.id, meta.version);
  };

  const importFiles = (files: PackFile[]): PackReport => {
    const report: PackReport = { imported: [], conflicts: [], rejected: [] };
    for (const file of files) {
      if (file.text === null || !file.name.toLowerCase().endsWith('.md')) {
        report.rejected.push({
          file: file.name,
          problems: [
            {
              line: 1,
              column: 1,
              severity: 'error',
              message: file.problem ?? 'Not a template: a pack holds template files ending in .md.',
            },
          ],
        });
        continue;
      }
      const parsed = parseTemplate(file.text);
      if (!parsed.meta || parsed.problems.some((problem) => problem.severity === 'error')) {
        report.rejected.push({ file: file.name, problems: parsed.problems });
        continue;
      }
      const { id, version } = parsed.meta;
      const existing = library.get(id, version);
      if (existing) {
        const identical =
          isDeepStrictEqual(existing.meta, parsed.meta) && isDeepStrictEqual(existing.document, parsed.document);
        report.conflicts.push({ file: file.name, id, version, reason: identical ? 'identical' : 'different' });
        continue;
      }
      library.add({ id, version, title: parsed.meta.title, kind: parsed.meta.kind, text: file.text });
      report.imported.push({ file: file.name, id, version });
    }
    if (report.imported.length) changed(events);
    return report;
  };

  return {
    'templates.list': ({ kind }) =>
      library
        .latestOfEach()
        .filter((entry) => kind === undefined || entry.meta.kind === kind)
        .map((entry) => ({
          id: entry.meta.id,
          title: entry.meta.title,
          kind: entry.meta.kind,
          version: entry.meta.version,
          summary: entry.meta.summary,
          language: entry.meta.language,
          appliesTo: entry.meta.appliesTo,
          origin: entry.origin,
          versions: library.versionsOf(entry.meta.id).map((version) => version.meta.version),
        }))
        .sort((a, b) => a.title.localeCompare(b.title)),

    'templates.get': ({ id, version }) => detail(library, find(id, version)),

    'templates.lint': ({ text }) => {
      const [result] = lintTemplates([{ path: 'template.md', text }]);
      return { meta: result!.parsed.meta, problems: result!.problems };
    },

    'templates.publish': ({ id, baseVersion, bump, note, title, summary, appliesTo, document }) => {
      const latest = find(id);
      if (latest.meta.version !== baseVersion)
        throw new ApiFailure(
          'CONFLICT',
          `Template ${id} is now at version ${latest.meta.version}, published after you started from ${baseVersion}. Open the newest version and apply your change to it.`,
          { id, baseVersion, latestVersion: latest.meta.version },
        );
      const version = bumpVersion(latest.meta.version, bump);
      const meta: TemplateMeta = {
        ...latest.meta,
        ...(title !== undefined ? { title } : {}),
        ...(summary !== undefined ? { summary } : {}),
        ...(appliesTo !== undefined ? { appliesTo: [...new Set(appliesTo)] } : {}),
        version,
        changelog: [{ version, date: today(), note }, ...latest.meta.changelog],
      };
      return detail(library, save(meta, document));
    },

    'templates.duplicate': ({ id, version, newId, title }) => {
      const source = find(id, version);
      if (library.get(newId))
        throw new ApiFailure('CONFLICT', `A template with the id "${newId}" already exists; choose another id.`, {
          newId,
        });
      const meta: TemplateMeta = {
        ...source.meta,
        id: newId,
        title,
        version: '1.0.0',
        changelog: [{ version: '1.0.0', date: today(), note: `Copied from ${id} version ${source.meta.version}.` }],
      };
      return detail(library, save(meta, source.document));
    },

    'templates.importPack': ({ files, zipBase64 }) =>
      importFiles([
        ...files.map((file) => ({ name: file.name, text: file.text })),
        ...(zipBase64 ? readZipPack(zipBase64) : []),
      ]),

    'templates.exportPack': ({ ids }) => {
      const wanted = ids ? new Set(ids) : undefined;
      const entries = library.all().filter((entry) => !wanted || wanted.has(entry.meta.id));
      if (wanted) for (const id of wanted) if (!library.get(id)) throw notFound('Template', id);
      return {
        fileName: `templates-${today()}.zip`,
        zipBase64: writeZipPack(
          entries.map((entry) => ({ name: `${entry.meta.id}@${entry.meta.version}.md`, text: entry.text })),
        ),
        count: entries.length,
      };
    },
  };
}
