import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from './index';

describe('the API contract', () => {
  const entries = Object.entries(contract);

  it('names every method domain.verb in lower camel case', () => {
    for (const [name] of entries) expect(name).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/);
  });

  it('gives every method an input schema, an output schema and a summary', () => {
    for (const [name, spec] of entries) {
      expect(spec.input, name).toBeInstanceOf(z.ZodType);
      expect(spec.output, name).toBeInstanceOf(z.ZodType);
      expect(spec.summary.length, name).toBeGreaterThan(10);
    }
  });

  it('rejects unknown keys in every object input (a typo must not be ignored silently)', () => {
    for (const [name, spec] of entries) {
      if (!(spec.input instanceof z.ZodObject)) continue;
      expect(spec.input.safeParse({ __unknownKey__: 1 }).success, name).toBe(false);
    }
  });
});
