import type { StoredDocument } from '#shared/document/nodes';
import {
  compareVersions,
  parseTemplate,
  type TemplateMeta,
  type TemplateProblem,
  type TemplateSource,
} from '#shared/templates';
import { readTemplateFolder } from './built-in-templates';
import type { TemplateStore } from './template-store';

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
 * published in the database. Also the `TemplateLibrary` that plans are generated from.
 */
export function createTemplateLibrary(store: TemplateStore, builtInDir: string) {
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

  return {
    all,
    versionsOf,
    latestOfEach,
    get,
    /** Built-in files that failed to parse (the unit test keeps this empty). */
    builtInProblems: () => (loadBuiltIns(), builtInProblems),
    // The plans service's TemplateLibrary interface.
    list: (): TemplateMeta[] => latestOfEach().map((entry) => entry.meta),
    load: (id: string): TemplateSource | undefined => {
      const entry = get(id);
      return entry ? { meta: entry.meta, document: entry.document } : undefined;
    },
  };
}

export type TemplateLibraryService = ReturnType<typeof createTemplateLibrary>;
