import { describe, expect, it } from 'vitest';
import { storedDocumentSchema, walk } from '#shared/document';
import { largePlan } from './large-document';
import { roundTrip } from './test-support';

describe('the large plan generator', () => {
  it('builds about 25,000 nodes for 200 pages, valid and identical on every call', () => {
    const plan = largePlan(200);
    let count = 0;
    walk(plan.content.root.children, () => (count += 1));
    expect(count).toBeGreaterThan(22_000);
    expect(count).toBeLessThan(28_000);
    expect(storedDocumentSchema.safeParse(plan).success).toBe(true);
    expect(JSON.stringify(largePlan(200))).toBe(JSON.stringify(plan));
  });

  it('loads into the editor and saves back with the same text', () => {
    const plan = largePlan(5);
    const saved = roundTrip(plan);
    expect(storedDocumentSchema.safeParse(saved).success).toBe(true);
    expect(saved.content.root.children).toHaveLength(plan.content.root.children.length);
  });
});
