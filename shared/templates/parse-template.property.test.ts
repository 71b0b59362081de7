import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from './parse-template';
import { serializeTemplate } from './serialize-template';

const SEED = `---
id: contingency-fire
title: Fire
kind: contingency
version: 1.0.0
applies_to: [fire]
changelog:
  - version: 1.0.0
    date: "2026-11-22"
    note: First.
---
# Fire at {{site.name}} {section: purpose, required}

Raise the alarm and call {{fill: Fire service number}}.

::: for each risk | category: fire | min-level: High
## {{risk.title}}
- Level: **{{risk.level}}**
::: end

::: if any risk | min-level: Very high
Exercise the plan within a month.
::: otherwise
Exercise it yearly.
::: end

::: action-table | title: Response | from: measures
| Trigger | Action | Responsible | When |
| --- | --- | --- | --- |
| Alarm | Leave | Wardens | 0-5 min |
::: end

::: checklist | title: Monthly
- [ ] Extinguishers
::: end
`;

/** Pieces that are meaningful to the parser, so that random input reaches its deeper paths. */
const TOKENS = [
  '---',
  '\n',
  ':::',
  '::: end',
  '::: for each risk',
  '::: if any risk | min-level: High',
  '::: otherwise',
  '::: checklist',
  '::: action-table | from: measures | category: fire',
  '| a | b |',
  '| --- | --- |',
  '{{',
  '}}',
  '{{site.name}}',
  '{{risk.title}}',
  '{{fill: x}}',
  '{{fill: x | default: 14}}',
  '{{site.name | default: }}',
  ' | default: ',
  '# ',
  '- [ ] ',
  '*',
  '**',
  '`',
  '<script>',
  '<img onerror=alert(1)>',
  '[a](javascript:x)',
  'id: x',
  'version: 1.0.0',
  'kind: contingency',
  ': ',
  '\t',
  '\u0000',
  '\ufffd',
  '{section: x, required}',
];

function checkLocated(text: string) {
  const parsed = parseTemplate(text);
  const lines = text.split('\n').length;
  for (const problem of parsed.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(10);
  }
  // Whatever was parsed can be written and read again without an exception.
  if (parsed.meta) parseTemplate(serializeTemplate({ meta: parsed.meta, document: parsed.document }));
  return parsed;
}

describe('parseTemplate on random and mutated input', () => {
  it('never throws and locates every problem, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkLocated(text);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never throws on sequences of meaningful tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => {
        checkLocated(tokens.join(''));
        checkLocated(`${SEED.split('---\n#')[0]}---\n${tokens.join(' ')}`);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never throws on a valid template with lines deleted, duplicated or replaced', () => {
    const lines = SEED.split('\n');
    const mutation = fc.record({
      index: fc.nat({ max: lines.length - 1 }),
      kind: fc.constantFrom('delete', 'duplicate', 'replace', 'truncate'),
      replacement: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 30 })),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const mutated = [...lines];
        for (const { index, kind, replacement } of mutations) {
          const at = Math.min(index, mutated.length - 1);
          if (at < 0) break;
          if (kind === 'delete') mutated.splice(at, 1);
          else if (kind === 'duplicate') mutated.splice(at, 0, mutated[at]!);
          else if (kind === 'replace') mutated[at] = replacement;
          else mutated[at] = mutated[at]!.slice(0, Math.floor(mutated[at]!.length / 2));
        }
        checkLocated(mutated.join('\n'));
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('reports a removed "::: end" as an unclosed block at the line that opened it', () => {
    const withoutEnd = SEED.replace('- Level: **{{risk.level}}**\n::: end', '- Level: **{{risk.level}}**');
    const problems = checkLocated(withoutEnd).problems;
    expect(
      problems.some((problem) => /never closed|has no block to close|cannot be inside/.test(problem.message)),
    ).toBe(true);
  });
});
