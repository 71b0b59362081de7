import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const isoDateTimeSchema = z.string().datetime({ offset: true });
export const emptyInput = z.object({}).strict();

/** Trimmed, non-empty, bounded text: what every name-like field accepts. */
export function requiredText(max: number) {
  return z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
}

export function optionalText(max: number) {
  return z.string().trim().max(max, `At most ${max} characters`).default('');
}
