import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TemplateText {
  /** File name, for messages. */
  file: string;
  text: string;
}

/**
 * The folder of built-in templates: CPLAN_TEMPLATES_DIR, the repository's `templates/` (sources run
 * with tsx or vitest, and the electron-vite build in `out/main`), or the packaged app's resources.
 */
export function builtInTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CPLAN_TEMPLATES_DIR) return env.CPLAN_TEMPLATES_DIR;
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    fileURLToPath(new URL('../../../templates', import.meta.url)),
    fileURLToPath(new URL('../../templates', import.meta.url)),
    ...(resources ? [join(resources, 'templates')] : []),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'README.md'))) ?? candidates[0]!;
}

/** Every `.md` template of a folder (README.md is the maintainers' guide, not a template). */
export function readTemplateFolder(dir: string): TemplateText[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => ({ file: name, text: readFileSync(join(dir, name), 'utf8') }));
}
