import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const localesDir = fileURLToPath(new URL('./locales', import.meta.url));
const sourceDir = fileURLToPath(new URL('..', import.meta.url));

function load(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(join(localesDir, language))) {
    const messages = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(messages)) {
      expect(merged, `${key} in ${file} clashes with another file`).not.toHaveProperty(key);
      merged[key] = messages[key];
    }
  }
  return merged;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function has(messages: Record<string, unknown>, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    node = part in record ? record[part] : (record[`${part}_one`] ?? record[`${part}_other`]);
  }
  return typeof node === 'string';
}

/** Every key that resolves to a string, dotted, with plural forms folded (`plans_one` -> `plans`). */
function stringKeys(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') return [path];
    return typeof value === 'object' && value !== null ? stringKeys(value as Record<string, unknown>, `${path}.`) : [];
  });
}

function isGroup(messages: Record<string, unknown>, path: string): boolean {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is wrong with a template-literal key such as `plans.status.${status}`, or null: its static
 * prefix must name a group of messages, and some key must match with each ${...} standing for
 * one key segment.
 */
function templateKeyProblem(messages: Record<string, unknown>, keys: string[], literal: string): string | null {
  const pieces = literal.split(/\$\{[^}]*\}/);
  if (pieces.some((piece) => !/^[a-zA-Z0-9_.]*$/.test(piece)))
    return 'is not a key pattern (only letters, digits, _ and . around ${...})';
  const prefix = pieces[0]!;
  const group = prefix.slice(0, prefix.lastIndexOf('.'));
  if (!group) return 'has no fixed group to start from';
  if (!isGroup(messages, group)) return `names the group "${group}", which does not exist`;
  const pattern = new RegExp(`^${pieces.map(escapeRegExp).join('[^.]+')}$`);
  return keys.some((key) => pattern.test(key)) ? null : `matches no key in "${group}"`;
}

describe('translations', () => {
  it('define every literal key the screens ask for', () => {
    const english = load('en');
    const missing: string[] = [];
    for (const file of sourceFiles(sourceDir)) {
      const text = readFileSync(file, 'utf8');
      // t('...') in the screens, and the navigation labels of the route table.
      for (const match of text.matchAll(/\b(?:t\(|labelKey: )'([a-zA-Z0-9_.]+)'/g))
        if (!has(english, match[1]!)) missing.push(`${match[1]} (${file.slice(sourceDir.length)})`);
    }
    expect(missing).toEqual([]);
  });

  it('match every template-literal key the screens ask for', () => {
    const english = load('en');
    const keys = stringKeys(english);
    const problems: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(sourceDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(`([^`]*)`/g)) {
        checked += 1;
        const problem = templateKeyProblem(english, keys, match[1]!);
        if (problem) problems.push(`\`${match[1]}\` ${problem} (${file.slice(sourceDir.length)})`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it('refuse template-literal keys that name a missing group or match no key', () => {
    const messages = { plans: { status: { draft: 'Draft', approved: 'Approved' }, nav: 'Plans' } };
    const keys = stringKeys(messages);
    expect(templateKeyProblem(messages, keys, 'plans.status.${status}')).toBeNull();
    expect(templateKeyProblem(messages, keys, 'plans.${name}')).toBeNull();
    expect(templateKeyProblem(messages, keys, 'plans.statuz.${status}')).toBe(
      'names the group "plans.statuz", which does not exist',
    );
    expect(templateKeyProblem(messages, keys, 'plans.status.${status}.label')).toBe('matches no key in "plans.status"');
    expect(templateKeyProblem(messages, keys, 'plans.nav.${x}')).toBe(
      'names the group "plans.nav", which does not exist',
    );
    expect(templateKeyProblem(messages, keys, '${group}.title')).toBe('has no fixed group to start from');
    expect(templateKeyProblem(messages, keys, 'Plan ${title} saved')).toBe(
      'is not a key pattern (only letters, digits, _ and . around ${...})',
    );
  });
});
