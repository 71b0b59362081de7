/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab/CR before them) as a
 * formula (`=cmd|' /C calc'!A0`). On export such text gets a leading apostrophe, which every
 * spreadsheet shows as text; on import that apostrophe is removed again so text round-trips.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreNeutralized(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
