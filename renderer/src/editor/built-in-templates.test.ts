import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentText, storedDocumentSchema, walk, type StoredDocument } from '#shared/document';
import { generatePlan } from '#shared/generate/generate-plan';
import { sampleContext } from '#shared/generate/test-fixtures';
import { parseTemplate } from '#shared/templates/parse-template';
import { roundTrip } from './test-support';

/* The real documents the editor opens: every built-in template, and a plan generated from each. */

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const templateFiles = readdirSync(templatesDir).filter((name) => name.endsWith('.md') && name !== 'README.md');

/**
 * Lexical merges two adjacent lists of the same kind into one (a ListNode invariant), which a
 * generated plan can contain where a repeat emits one list per item: the items, their order and
 * the text stay, only the list boundary goes. So lists are left out of the node comparison.
 */
function nodeTypes(document: StoredDocument): string[] {
  const types: string[] = [];
  walk(document.content.root.children, (node) => {
    if (node.type !== 'list') types.push(node.type);
  });
  return types;
}

function expectLossless(document: StoredDocument) {
  const saved = roundTrip(document);
  expect(storedDocumentSchema.safeParse(saved).success).toBe(true);
  expect(nodeTypes(saved)).toEqual(nodeTypes(document));
  expect(documentText(saved)).toBe(documentText(document));
  expect(roundTrip(saved)).toEqual(saved);
}

describe.each(templateFiles)('%s', (file) => {
  const parsed = parseTemplate(readFileSync(join(templatesDir, file), 'utf8'));

  it('opens in the editor and saves back without losing a node', () => {
    expectLossless(parsed.document);
  });

  it('as a generated plan, too', () => {
    const plan = generatePlan(parsed.document, sampleContext(), { templateId: file, templateVersion: '1.0.0' });
    expectLossless(plan);
  });
});
