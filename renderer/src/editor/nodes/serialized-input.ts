import type { LexicalNode } from 'lexical';

/**
 * What Lexical hands to `importJSON`: every property optional, since parsing is untrusted.
 * DocumentEditor validates a whole document with `storedDocumentSchema` before loading it; these
 * helpers keep a node sane even when something unvalidated (a paste) reaches it.
 */
export type SerializedInput = Parameters<typeof LexicalNode.importJSON>[0];

export function stringOf(input: SerializedInput, key: string, fallback = ''): string {
  const value = input[key];
  return typeof value === 'string' ? value : fallback;
}

export function nullableStringOf(input: SerializedInput, key: string): string | null {
  const value = input[key];
  return typeof value === 'string' ? value : null;
}

/** A stored object (or part of one), trusted in its shape (see above). */
export function asSerialized<T>(input: object): T {
  return input as T;
}
