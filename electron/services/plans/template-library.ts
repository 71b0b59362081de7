import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateMeta, TemplateSource } from '../../../shared/templates';
import { parseTemplate } from '../../../shared/templates';

/** Where plans find their templates: the library service in the app, a folder in the CLI and tests. */
export interface TemplateLibrary {
  list(): TemplateMeta[] | Promise<TemplateMeta[]>;
  load(id: string): TemplateSource | undefined | Promise<TemplateSource | undefined>;
}

/**
 * The `.md` templates of a folder that parse without errors. Each file is parsed once and again
 * only when it changes on disk (a maintainer editing the library sees the change at once).
 */
export function folderTemplateLibrary(dir: string): TemplateLibrary {
  const cache = new Map<string, { stamp: string; template: TemplateSource | null }>();
  const parse = (file: string): TemplateSource | null => {
    const parsed = parseTemplate(readFileSync(file, 'utf8'));
    const usable = parsed.meta && !parsed.problems.some((problem) => problem.severity === 'error');
    return usable ? { meta: parsed.meta!, document: parsed.document } : null;
  };
  const read = (): TemplateSource[] => {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md');
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const file = join(dir, name);
      const info = statSync(file);
      const stamp = `${info.mtimeMs}:${info.size}`;
      let entry = cache.get(file);
      if (entry?.stamp !== stamp) {
        entry = { stamp, template: parse(file) };
        cache.set(file, entry);
      }
      return entry.template ? [entry.template] : [];
    });
  };
  return {
    // Callers may change what they get; the cached parses must stay pristine.
    list: () => read().map((template) => structuredClone(template.meta)),
    load: (id) => {
      const found = read().find((template) => template.meta.id === id);
      return found && structuredClone(found);
    },
  };
}

/** The built-in library shipped in the repository's `templates/` (or CPLAN_TEMPLATES_DIR). */
export function builtInTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CPLAN_TEMPLATES_DIR ?? fileURLToPath(new URL('../../../templates', import.meta.url));
}
