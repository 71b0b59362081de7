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

  it('rejects unknown keys in every input (a typo must not be ignored silently)', () => {
    for (const [name, spec] of entries) {
      expect(spec.input, name).toBeInstanceOf(z.ZodObject);
      // The refusal must be about the unknown key itself: a schema that merely lacks its required
      // fields also refuses this input, strict or not.
      const result = spec.input.safeParse({ __unknownKey__: 1 });
      const unknownKeys = result.error?.issues.filter((issue) => issue.code === 'unrecognized_keys') ?? [];
      expect(unknownKeys, `${name} accepts unknown keys: make its input schema .strict()`).toEqual([
        expect.objectContaining({ path: [], keys: ['__unknownKey__'] }),
      ]);
    }
  });
});
