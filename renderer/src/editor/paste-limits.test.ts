import { describe, expect, it } from 'vitest';
import { decidePaste, HTML_PASTE_LIMIT, TEXT_PASTE_LIMIT } from './paste-limits';

describe('paste limits', () => {
  it('lets ordinary pastes through to Lexical', () => {
    expect(decidePaste('hello', '<p>hello</p>')).toEqual({ action: 'default' });
  });

  it('refuses 10 MB of text, reporting its size', () => {
    const text = 'x'.repeat(10 * 1024 * 1024);
    expect(decidePaste(text, '')).toEqual({ action: 'refuse', characters: text.length });
  });

  it('falls back to plain text when only the HTML is too large', () => {
    const html = `<p style="mso-x:1">${'y'.repeat(HTML_PASTE_LIMIT)}</p>`;
    expect(decidePaste('short text', html)).toEqual({ action: 'plain-text', text: 'short text' });
  });

  it('accepts text right at the limit', () => {
    expect(decidePaste('z'.repeat(TEXT_PASTE_LIMIT), '')).toEqual({ action: 'default' });
  });
});
