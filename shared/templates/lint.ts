import { missingSections } from './expected-sections';
import { parseTemplate } from './parse-template';
import type { ParsedTemplate, TemplateProblem } from './types';

export interface TemplateFile {
  /** Path or name shown in messages, e.g. templates/contingency-flood.md. */
  path: string;
  text: string;
}

export interface LintedFile {
  path: string;
  parsed: ParsedTemplate;
  problems: TemplateProblem[];
}

/**
 * Lints a set of template files: each file on its own, the sections its kind should have, then
 * across files (two files with the same id and version, a file whose name does not match its id).
 */
export function lintTemplates(files: readonly TemplateFile[]): LintedFile[] {
  const results = files.map((file) => {
    const parsed = parseTemplate(file.text);
    const problems = [...parsed.problems];
    if (parsed.meta)
      for (const section of missingSections(parsed.meta.kind, parsed.document))
        problems.push({
          line: kindLine(file.text),
          column: 1,
          severity: 'warning',
          message: `A ${parsed.meta.kind} plan has a section "${section.title}"; no heading is marked {section: ${section.key}}.`,
        });
    return { path: file.path, parsed, problems };
  });
  const seen = new Map<string, string>();
  for (const result of results) {
    const meta = result.parsed.meta;
    if (!meta) continue;
    const key = `${meta.id}@${meta.version}`;
    const previous = seen.get(key);
    if (previous)
      result.problems.push({
        line: 2,
        column: 1,
        severity: 'error',
        message: `Template "${meta.id}" version ${meta.version} is also defined in ${previous}.`,
      });
    else seen.set(key, result.path);
    const base = result.path.split(/[\\/]/).pop()!.replace(/\.md$/i, '');
    if (base !== meta.id && !base.startsWith(`${meta.id}@`))
      result.problems.push({
        line: 2,
        column: 1,
        severity: 'warning',
        message: `The file name "${base}.md" does not match the template id "${meta.id}"; name it ${meta.id}.md.`,
      });
  }
  return results;
}

/** "path:line:column: error: message", the format editors and CI logs understand. */
export function formatProblem(path: string, problem: TemplateProblem): string {
  return `${path}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

function kindLine(text: string): number {
  return Math.max(1, text.split('\n').findIndex((line) => line.startsWith('kind:')) + 1);
}
