/**
 * What is written between "{{" and "}}": a field key (`plan.reviewDate`) or a blank to fill in
 * (`fill: Days of stock`), optionally followed by `| default: 14`. The default is the value a plan
 * starts with: it prints as that value, and the officer may change it.
 */
export interface FieldText {
  /** The key or the "fill: label" part, trimmed. */
  head: string;
  /** The default written after "| default:", or null. */
  defaultValue: string | null;
}

export interface FieldTextProblem {
  /** Offset in the text between the braces where the problem starts. */
  offset: number;
  message: string;
}

const OPTION = /^(\s*)([A-Za-z][\w-]*)(\s*:)?(\s*)(.*?)\s*$/s;

/** Reads the inside of `{{...}}`; problems carry the offset in that text. */
export function readFieldText(inner: string, problems: FieldTextProblem[] = []): FieldText {
  const parts = inner.split('|');
  const head = parts[0]!.trim();
  let defaultValue: string | null = null;
  let offset = parts[0]!.length + 1;
  for (const part of parts.slice(1)) {
    const at = offset;
    offset += part.length + 1;
    const option = OPTION.exec(part);
    if (!option || option[2]!.toLowerCase() !== 'default') {
      const lead = part.length - part.trimStart().length;
      problems.push({
        offset: at + lead,
        message: `A field takes one option, "| default: value" (found "| ${part.trim()}"). Inside a table, write the | of a field as \\|.`,
      });
      continue;
    }
    const valueOffset = at + option[1]!.length + option[2]!.length + (option[3]?.length ?? 0) + option[4]!.length;
    const value = option[5]!.replace(/\s+/g, ' ');
    if (!option[3] || !value) {
      problems.push({ offset: valueOffset, message: 'A default needs a value after the colon: "| default: 14".' });
      continue;
    }
    if (defaultValue !== null) {
      problems.push({ offset: at + option[1]!.length, message: 'This field already has a default.' });
      continue;
    }
    defaultValue = value;
  }
  return { head, defaultValue };
}

/** The inside of `{{...}}` for a key or "fill: label" and an optional default. */
export function writeFieldText(head: string, defaultValue: string | null): string {
  const value = defaultValue?.replace(/\s+/g, ' ').trim();
  return value ? `${head} | default: ${value}` : head;
}
