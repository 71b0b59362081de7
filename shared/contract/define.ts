import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for the API reference and CLI help. */
  summary: string;
}

/** Identity helper that keeps each method's exact schema types for `Api` to derive from. */
export function defineMethods<const M extends Record<string, MethodSpec>>(methods: M): M {
  return methods;
}
