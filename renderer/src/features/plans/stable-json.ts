/**
 * JSON with object keys in sorted order, so that two values holding the same data compare equal as
 * text whatever order their keys were written in (the editor and the stored, validated form write
 * them differently). Keys holding `undefined` are left out, as JSON.stringify does.
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
