/**
 * Paste limits. A paste of plain text above TEXT_PASTE_LIMIT characters is refused with a message
 * (the user pastes it in parts): importing megabytes in one update freezes the editor for seconds
 * and produces one enormous undo step. Pasted HTML above HTML_PASTE_LIMIT (Word's HTML is very
 * verbose) falls back to its plain text, when that is within the text limit.
 */
export const TEXT_PASTE_LIMIT = 1_000_000;
export const HTML_PASTE_LIMIT = 3_000_000;

export type PasteDecision =
  { action: 'default' } | { action: 'plain-text'; text: string } | { action: 'refuse'; characters: number };

export function decidePaste(text: string, html: string): PasteDecision {
  if (text.length > TEXT_PASTE_LIMIT) return { action: 'refuse', characters: text.length };
  if (html.length > HTML_PASTE_LIMIT) {
    return text.length > 0 ? { action: 'plain-text', text } : { action: 'refuse', characters: html.length };
  }
  return { action: 'default' };
}
