import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { CATEGORY_KEYS, GLOBAL_FIELDS, TEMPLATE_KINDS, type TemplateKind } from './vocabulary';
import type { ChangelogEntry, TemplateMeta, TemplateProblem } from './types';

export interface SplitTemplate {
  /** YAML text between the two `---` lines, or null when there is none. */
  yaml: string | null;
  body: string;
  /** Line number (from 1) of the body's first line in the file. */
  bodyLine: number;
}

/** Separates the `---` front matter from the Markdown body. */
export function splitFrontMatter(source: string): SplitTemplate {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { yaml: null, body: source, bodyLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end === -1) return { yaml: lines.slice(1).join('\n'), body: '', bodyLine: lines.length + 1 };
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{1,79}$/;

const KNOWN_KEYS = [
  'id',
  'title',
  'kind',
  'version',
  'summary',
  'language',
  'applies_to',
  'required_fields',
  'changelog',
] as const;

/**
 * Reads the front matter into `TemplateMeta`, reporting every problem with its position in the
 * file. Returns null meta only when the YAML cannot be read at all or a key the app needs is unusable.
 */
export function parseFrontMatter(yaml: string | null, problems: TemplateProblem[]): TemplateMeta | null {
  if (yaml === null) {
    problems.push({
      line: 1,
      column: 1,
      severity: 'error',
      message: 'The file must start with front matter: a line "---", then id, title, kind and version, then "---".',
    });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Front matter starts on the file's second line.
  const at = (offset: number | undefined): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line + 1, column: pos.col };
  };
  const report = (offset: number | undefined, message: string) =>
    problems.push({ ...at(offset), severity: 'error', message });

  for (const error of doc.errors) report(error.pos[0], `Front matter is not valid YAML: ${firstLine(error.message)}`);
  if (doc.errors.length) return null;
  if (!isMap(doc.contents)) {
    report(0, 'Front matter must be a list of "key: value" lines (id, title, kind, version...).');
    return null;
  }

  const pairs = new Map<string, Pair>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      report(
        (pair.key as YamlNode | null)?.range?.[0],
        `Unknown front matter key "${key}". Known keys: ${KNOWN_KEYS.join(', ')}.`,
      );
      continue;
    }
    pairs.set(key, pair);
  }
  const start = (key: string): number | undefined => {
    const pair = pairs.get(key);
    return ((pair?.value as YamlNode | null)?.range ?? (pair?.key as YamlNode | null)?.range)?.[0];
  };
  const text = (key: string, required: boolean): string | undefined => {
    const pair = pairs.get(key);
    if (!pair) {
      if (required) report(0, `Front matter is missing "${key}".`);
      return undefined;
    }
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.value.trim()) {
      // Versions such as 1.0 are read by YAML as numbers; say so rather than "not text".
      const raw = isScalar(pair.value) ? String(pair.value.value) : '';
      report(start(key), `"${key}" must be text${raw ? ` (write "${raw}" in quotes)` : ''}.`);
      return undefined;
    }
    return pair.value.value.trim();
  };
  const textList = (key: string): string[] => {
    const pair = pairs.get(key);
    if (!pair) return [];
    if (!isSeq(pair.value)) {
      report(start(key), `"${key}" must be a list, e.g. ${key}: [a, b].`);
      return [];
    }
    const values: string[] = [];
    for (const item of pair.value.items) {
      if (isScalar(item) && typeof item.value === 'string') values.push(item.value.trim());
      else report((item as YamlNode | null)?.range?.[0], `Every entry of "${key}" must be text.`);
    }
    return values;
  };

  const id = text('id', true);
  if (id !== undefined && !TEMPLATE_ID.test(id))
    report(start('id'), `"id" must be lowercase letters, digits and hyphens (e.g. contingency-flood), not "${id}".`);
  const title = text('title', true);
  const kind = text('kind', true);
  if (kind !== undefined && !(TEMPLATE_KINDS as readonly string[]).includes(kind))
    report(start('kind'), `Unknown kind "${kind}". Use one of: ${TEMPLATE_KINDS.join(', ')}.`);
  const version = text('version', true);
  if (version !== undefined && !SEMVER.test(version))
    report(start('version'), `"version" must be a semantic version such as 1.0.0, not "${version}".`);
  const language = text('language', false) ?? 'en';
  const summary = text('summary', false) ?? '';

  const appliesTo = textList('applies_to');
  const appliesPair = pairs.get('applies_to');
  if (appliesPair && isSeq(appliesPair.value)) {
    appliesPair.value.items.forEach((item, index) => {
      const key = appliesTo[index];
      if (key !== undefined && !CATEGORY_KEYS.includes(key))
        report(
          (item as YamlNode | null)?.range?.[0],
          `"${key}" is not a threat category. Known categories: ${CATEGORY_KEYS.join(', ')}.`,
        );
    });
  }
  const requiredFields = textList('required_fields');
  const requiredPair = pairs.get('required_fields');
  if (requiredPair && isSeq(requiredPair.value)) {
    requiredPair.value.items.forEach((item, index) => {
      const key = requiredFields[index];
      if (key !== undefined && !(key in GLOBAL_FIELDS) && !key.startsWith('fill.'))
        report(
          (item as YamlNode | null)?.range?.[0],
          `"${key}" is not a field a plan can fill. Use one of: ${Object.keys(GLOBAL_FIELDS).join(', ')}, or fill.<name>.`,
        );
    });
  }

  const changelog = readChangelog(pairs.get('changelog'), report);
  if (version !== undefined && changelog.length && changelog[0]!.version !== version)
    report(start('changelog'), `The first changelog entry must be for the current version ${version}.`);

  if (id === undefined || title === undefined || kind === undefined || version === undefined) return null;
  return {
    id,
    title,
    kind: (TEMPLATE_KINDS as readonly string[]).includes(kind) ? (kind as TemplateKind) : 'contingency',
    version,
    changelog,
    language,
    appliesTo,
    requiredFields,
    summary,
  };
}

function readChangelog(
  pair: Pair | undefined,
  report: (offset: number | undefined, message: string) => void,
): ChangelogEntry[] {
  if (!pair) return [];
  if (!isSeq(pair.value)) {
    report((pair.key as YamlNode | null)?.range?.[0], '"changelog" must be a list of entries (version, date, note).');
    return [];
  }
  const entries: ChangelogEntry[] = [];
  for (const item of pair.value.items) {
    const offset = (item as YamlNode | null)?.range?.[0];
    if (!isMap(item)) {
      report(offset, 'Each changelog entry needs version, date and note.');
      continue;
    }
    const get = (key: string) => {
      const value = item.get(key);
      return typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString().slice(0, 10) : '';
    };
    const entry = { version: get('version'), date: get('date'), note: get('note') };
    if (!SEMVER.test(entry.version)) report(offset, 'A changelog entry needs a version such as 1.0.0 (in quotes).');
    if (!ISO_DATE.test(entry.date)) report(offset, 'A changelog entry needs a date written YYYY-MM-DD (in quotes).');
    if (!entry.note) report(offset, 'A changelog entry needs a note saying what changed.');
    entries.push(entry);
  }
  return entries;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
