import { describe, expect, it } from 'vitest';
import { stableJson } from './stable-json';

describe('stableJson', () => {
  it('writes the same text for the same data, whatever the key order', () => {
    const editor = { children: [{ text: 'a "b"', type: 'text', n: 1.5 }], type: 'paragraph', direction: null };
    const stored = { type: 'paragraph', direction: null, children: [{ n: 1.5, type: 'text', text: 'a "b"' }] };
    expect(stableJson(editor)).toBe(stableJson(stored));
    expect(JSON.parse(stableJson(editor))).toEqual(editor);
    expect(stableJson({ a: undefined, b: [undefined, true] })).toBe(JSON.stringify({ b: [null, true] }));
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: '1' }));
  });
});
