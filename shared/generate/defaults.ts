import type { BlockNode } from '#shared/document/nodes';
import { walk } from '#shared/document/walk';
import { readFieldText } from '#shared/templates/field-syntax';
import { fillKey } from '#shared/templates/vocabulary';

const WRITTEN_FIELD = /\{\{([^{}]*)\}\}/g;

/** The key a field written as text (`plan.reviewDate`, `fill: Assembly point`) stands for. */
export function writtenFieldKey(head: string): string {
  const fill = /^fill\s*:\s*(.+)$/i.exec(head);
  return fill ? fillKey(fill[1]!) : head;
}

function strings(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, into);
  return into;
}

/**
 * The default of every field key a template gives one to, in its text (a field node holding a value)
 * or in the rows of its structured blocks (`{{fill: Days of stock | default: 14}}`). Filling a field
 * fills every occurrence of its key, so the default applies to all of them.
 */
export function fieldDefaults(children: readonly BlockNode[]): Map<string, string> {
  const defaults = new Map<string, string>();
  const add = (key: string, value: string | null) => {
    if (value !== null && value.trim() && !defaults.has(key)) defaults.set(key, value.trim());
  };
  walk(children, (node) => {
    if (node.type === 'field') add(node.key, node.value);
    else if ('rows' in node || 'items' in node)
      for (const text of strings(node, []))
        for (const match of text.matchAll(WRITTEN_FIELD)) {
          const { head, defaultValue } = readFieldText(match[1]!);
          add(writtenFieldKey(head), defaultValue);
        }
  });
  return defaults;
}
