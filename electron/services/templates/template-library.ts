import type { Database } from '#electron/db/sqlite';
import type { StoredDocument } from '#shared/document/nodes';
import { compareVersions, parseTemplate, type TemplateMeta, type TemplateProblem } from '#shared/templates';
import type { TemplateLibraryPort } from '#electron/services/ports';
import { readTemplateFolder } from './built-in-templates';
import { createTemplateStore } from './template-store';

export type TemplateOrigin = 'built-in' | 'library';

export interface LibraryEntry {
  meta: TemplateMeta;
  document: StoredDocument;
  text: string;
  origin: TemplateOrigin;
}

export interface BuiltInProblem {
  file: string;
  problems: TemplateProblem[];
}

/**
 * The template library: built-in templates read from a folder plus the versions maintainers
 * published in the database. One instance serves `templates.*` and, as its `TemplateLibraryPort`,
 * the plans generated from it.
 */
export function createTemplateLibrary({ db, builtInDir }: { db: Database; builtInDir: string }) {
  const store = createTemplateStore(db);
  let builtIns: LibraryEntry[] | undefined;
  const builtInProblems: BuiltInProblem[] = [];
  const parsedStored = new Map<string, LibraryEntry | null>();

  const loadBuiltIns = (): LibraryEntry[] =>
    (builtIns ??= readTemplateFolder(builtInDir).flatMap(({ file, text }) => {
      const parsed = parseTemplate(text);
      const errors = parsed.problems.filter((problem) => problem.severity === 'error');
      if (!parsed.meta || errors.length) {
        builtInProblems.push({ file, problems: errors });
        return [];
      }
      return [{ meta: parsed.meta, document: parsed.document, text, origin: 'built-in' as const }];
    }));

  const stored = (): LibraryEntry[] =>
    store.list().flatMap((row) => {
      const key = `${row.id}@${row.version}`;
      if (!parsedStored.has(key)) {
        // Rows are immutable, so a parse is valid for the life of the process.
        const parsed = parseTemplate(row.text);
        parsedStored.set(
          key,
          parsed.meta ? { meta: parsed.meta, document: parsed.document, text: row.text, origin: 'library' } : null,
        );
      }
      const entry = parsedStored.get(key);
      return entry ? [entry] : [];
    });

  /** Every readable version; a published version shadows a built-in one with the same number. */
  const all = (): LibraryEntry[] => {
    const byKey = new Map<string, LibraryEntry>();
    for (const entry of [...loadBuiltIns(), ...stored()]) byKey.set(`${entry.meta.id}@${entry.meta.version}`, entry);
    return [...byKey.values()].sort(
      (a, b) => a.meta.id.localeCompare(b.meta.id) || compareVersions(b.meta.version, a.meta.version),
    );
  };

  const versionsOf = (id: string): LibraryEntry[] => all().filter((entry) => entry.meta.id === id);

  const latestOfEach = (): LibraryEntry[] => {
    const seen = new Set<string>();
    return all().filter((entry) => !seen.has(entry.meta.id) && seen.add(entry.meta.id));
  };

  const get = (id: string, version?: string): LibraryEntry | undefined => {
    const versions = versionsOf(id);
    return version === undefined ? versions[0] : versions.find((entry) => entry.meta.version === version);
  };

  const port: TemplateLibraryPort = {
    list: () => latestOfEach().map((entry) => entry.meta),
    load: (id) => {
      const entry = get(id);
      return entry ? { meta: entry.meta, document: entry.document } : undefined;
    },
  };

  return {
    ...port,
    all,
    versionsOf,
    latestOfEach,
    get,
    /** Stores a published version (rows are never updated: a change is a new version). */
    add: store.add,
    /** Built-in files that failed to parse (the unit test keeps this empty). */
    builtInProblems: () => (loadBuiltIns(), builtInProblems),
  };
}

export type TemplateLibrary = ReturnType<typeof createTemplateLibrary>;
