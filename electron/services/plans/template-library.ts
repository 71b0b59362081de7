import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateMeta, TemplateSource } from '../../../shared/templates';
import { parseTemplate } from '../../../shared/templates';

/** Where plans find their templates: the library service in the app, a folder in the CLI and tests. */
export interface TemplateLibrary {
  list(): TemplateMeta[] | Promise<TemplateMeta[]>;
  load(id: string): TemplateSource | undefined | Promise<TemplateSource | undefined>;
}

/** The `.md` templates of a folder that parse without errors. */
export function folderTemplateLibrary(dir: string): TemplateLibrary {
  const read = (): TemplateSource[] => {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md');
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const parsed = parseTemplate(readFileSync(join(dir, name), 'utf8'));
      const usable = parsed.meta && !parsed.problems.some((problem) => problem.severity === 'error');
      return usable ? [{ meta: parsed.meta!, document: parsed.document }] : [];
    });
  };
  return {
    list: () => read().map((template) => template.meta),
    load: (id) => read().find((template) => template.meta.id === id),
  };
}

/** The built-in library shipped in the repository's `templates/` (or CPLAN_TEMPLATES_DIR). */
export function builtInTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CPLAN_TEMPLATES_DIR ?? fileURLToPath(new URL('../../../templates', import.meta.url));
}
