import { describe, expect, it } from 'vitest';
import { collectFields } from '#shared/document/walk';
import { storedDocumentSchema } from '#shared/document/schema';
import { parseTemplate } from './parse-template';
import { serializeTemplate } from './serialize-template';
import { lintTemplates, formatProblem } from './lint';

const FRONT = `---
id: contingency-test
title: Test plan
kind: contingency
version: 1.2.0
applies_to: [fire]
language: en
changelog:
  - version: 1.2.0
    date: "2026-11-01"
    note: Clearer triggers.
---
`;

/** Lines of the body start at file line 13. */
const template = (body: string) => `${FRONT}${body}`;
const messages = (body: string) =>
  parseTemplate(template(body)).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('parseTemplate', () => {
  it('reads front matter, headings with section keys, fields, repeats, conditionals and blocks', () => {
    const parsed = parseTemplate(
      template(`# Fire plan for {{site.name}} {section: purpose, required}

Call {{fill: Fire service number}} on **{{today}}**.

::: for each risk | category: fire | min-level: High
### {{risk.title}}
::: end

::: if any risk | min-level: Very high
Escalate.
::: otherwise
Carry on.
::: end

::: action-table | title: Actions | from: measures | measure-type: mitigation
| Trigger | Action | Responsible | When |
| --- | --- | --- | --- |
| Alarm | Leave | Wardens | 0-5 min |
::: end

::: risk-matrix | title: Matrix
`),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.meta).toMatchObject({
      id: 'contingency-test',
      version: '1.2.0',
      appliesTo: ['fire'],
      requiredFields: [],
      changelog: [{ version: '1.2.0', date: '2026-11-01', note: 'Clearer triggers.' }],
    });
    const [heading, paragraph, repeat, conditional, actions, matrix] = parsed.document.content.root.children;
    expect(heading).toMatchObject({ type: 'heading', tag: 'h1', $: { sectionKey: 'purpose', required: true } });
    expect(paragraph).toMatchObject({
      children: [
        { type: 'text', text: 'Call ' },
        { type: 'field', key: 'fill.fire-service-number', label: 'Fire service number' },
        { type: 'text', text: ' on ' },
        { type: 'field', key: 'today' },
        { type: 'text', text: '.' },
      ],
    });
    expect(repeat).toMatchObject({
      type: 'repeat',
      over: 'risks',
      as: 'risk',
      filter: { category: ['fire'], minLevel: 'High' },
    });
    expect(conditional).toMatchObject({
      type: 'conditional',
      condition: { test: 'any', over: 'risks', filter: { minLevel: 'Very high' } },
      children: [{ type: 'paragraph' }],
      otherwise: [{ type: 'paragraph' }],
    });
    expect(actions).toMatchObject({
      type: 'action-table',
      source: { from: 'measures', filter: { measureType: 'mitigation' } },
      rows: [{ trigger: 'Alarm', action: 'Leave', responsible: 'Wardens', when: '0-5 min' }],
    });
    expect(matrix).toMatchObject({ type: 'risk-matrix', title: 'Matrix' });
    expect(storedDocumentSchema.safeParse(parsed.document).success).toBe(true);
    expect(collectFields(parsed.document).map((field) => field.key)).toContain('risk.title');
  });

  it('reports several located errors at once, in a maintainer’s words', () => {
    const found = messages(`Hello {{site.nmae}} and {{risk.title}}.

::: for each risk | category: fier | min-level: Huge | measure-type: prevention
Text
::: end

::: carousel | title: x

::: otherwise

::: checklist
- [ ] Pack
::: for each risk
::: end

::: if any risk
`);
    expect(found).toEqual([
      expect.stringMatching(/^13:7 Unknown field \{\{site\.nmae\}\}/),
      expect.stringMatching(/^13:25 \{\{risk\.title\}\} can only be used inside "::: for each risk"/),
      expect.stringMatching(/^15:31 Bad filter: "fier" is not a threat category/),
      expect.stringMatching(/^15:49 Bad filter: "Huge" is not a risk level/),
      expect.stringMatching(/^15:56 Bad filter: risks cannot be filtered by "measure-type"/),
      expect.stringMatching(/^19:5 Unknown block type "carousel"/),
      expect.stringMatching(/^21:1 "::: otherwise" belongs inside "::: if/),
      expect.stringMatching(/^25:1 "::: for each risk" cannot be inside "::: checklist"/),
      expect.stringMatching(/^28:1 "::: if any risk" is never closed/),
    ]);
  });

  it('locates YAML errors and bad front matter values in the file', () => {
    const broken = parseTemplate('---\nid: x\ntitle: [unclosed\n---\nBody\n');
    expect(broken.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    expect(broken.problems[0]!.message).toMatch(/not valid YAML/);
    expect(broken.problems[0]!.line).toBeGreaterThanOrEqual(3);

    const wrong = parseTemplate('---\nid: Bad Id\ntitle: T\nkind: novel\nversion: 1.0\ncolour: red\n---\n');
    expect(wrong.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      expect.stringMatching(/^2:5 "id" must be lowercase/),
      expect.stringMatching(/^4:7 Unknown kind "novel"/),
      expect.stringMatching(/^5:10 "version" must be text \(write "1" in quotes\)|^5:10 "version" must be text/),
      expect.stringMatching(/^6:1 Unknown front matter key "colour"/),
    ]);
    expect(parseTemplate('# No front matter\n').problems[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('keeps HTML, scripts and event attributes as inert text and reports them', () => {
    const parsed = parseTemplate(
      template(`<script>alert(1)</script>

Click <b onclick="steal()">here</b> or [there](javascript:alert(1)).
`),
    );
    expect(parsed.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/HTML is not allowed/),
      expect.stringMatching(/HTML is not allowed/),
      expect.stringMatching(/HTML is not allowed/),
      expect.stringMatching(/Links must start with https/),
    ]);
    const json = JSON.stringify(parsed.document);
    expect(json).toContain('<script>alert(1)</script>');
    expect(json).not.toContain('javascript:');
    // Only text nodes carry the markup: no node type could render it as HTML.
    const types = new Set<string>();
    JSON.parse(json, (key, value) => {
      if (key === 'type') types.add(value as string);
      return value;
    });
    expect([...types].sort()).toEqual(['link', 'paragraph', 'root', 'text']);
  });

  it('refuses huge files and binary garbage with a located message', () => {
    const huge = parseTemplate(template('word '.repeat(1_100_000)));
    expect(huge.problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/5\.\d MB/) }),
    ]);
    const binary = parseTemplate(`${FRONT}ok\n\u0000\u0001\u00ff\ufffd`);
    expect(binary.problems).toEqual([
      expect.objectContaining({ line: 14, column: 1, message: expect.stringMatching(/not a text file/) }),
    ]);
  });

  it('checks the columns of structured tables and PACE levels', () => {
    const found = messages(`::: pace-table
| Level | Means | Details | Owner |
| --- | --- | --- | --- |
| primordial | Phone | Mission phones | All |
::: end

::: action-table
| When | What |
| --- | --- |
| x | y |
::: end
`);
    expect(found).toEqual([
      expect.stringMatching(/^16:1 A PACE level is one of: primary, alternate, contingency, emergency/),
      expect.stringMatching(/^20:1 The table in "::: action-table" must have the columns: Trigger \| Action/),
    ]);
  });
});

describe('serializeTemplate', () => {
  it('writes a template that parses back to the same document and metadata', () => {
    const source = template(`# Plan {section: purpose, required}

Text with *italic*, **bold**, \`code\`, a [link](https://example.org) and {{fill: Assembly point}}.

1. First
2. Second
   - nested

- [ ] check me
- [x] done

> A quote\\
> on two lines

| A | B |
| --- | --- |
| 1 \\| 2 | {{site.name}} |

::: for each contact | site: Head Office
{{contact.name}}: {{contact.phone}}
::: end

::: if empty plan.reviewDate
Set a review date.
::: end

::: contact-table | title: Call tree | variant: call-tree
| Name | Role | Phone | Email | Call sign | Deputy | Calls |
| --- | --- | --- | --- | --- | --- | --- |
| Ana | Head | +1 | a@x.org | Alpha 1 | Ben | Ben; Cara |
::: end

::: phase-table | title: Phases
| Phase | Name | Indicators | Declared by | Actions |
| --- | --- | --- | --- | --- |
| 2 | Alert | Protests; Curfew | Head of Mission | Check in; Stock up |
::: end

::: checklist | title: Grab bag
- [x] Passport
- [ ] Cash
::: end

::: approval-block
| Role | Name | Title | Date |
| --- | --- | --- | --- |
| Approved by | {{plan.approvedBy}} | Head of Mission |  |
::: end

::: page-break
::: section-break | orientation: landscape
::: carver-table | title: Targets | from: targets
1\\. Not a list, # not a heading, 3 * 4 = 12 and \\<notes>.
`);
    const first = parseTemplate(source);
    expect(first.problems).toEqual([]);
    const text = serializeTemplate({ meta: first.meta!, document: first.document });
    const second = parseTemplate(text);
    expect(second.problems).toEqual([]);
    expect(second.meta).toEqual(first.meta);
    expect(second.document).toEqual(first.document);
    // And the text is stable: serializing again changes nothing.
    expect(serializeTemplate({ meta: second.meta!, document: second.document })).toBe(text);
  });
});

describe('fields with a default', () => {
  const body = `# Stock {section: purpose, required}

Hold {{fill: Days of stock | default: 14}} days of stock, counted in {{workspace.currency | default: EUR}}.

| Item | Days |
| --- | --- |
| Water | {{fill: Days of stock \\| default: 14}} |

::: action-table | title: Check-ins
| Trigger | Action | Responsible | When |
| --- | --- | --- | --- |
| Phase 4 | Check in with the radio room | Wardens | Every {{fill: Check-in interval \\| default: 60 minutes}} |
::: end

::: checklist | title: Stock
- [ ] Water for {{fill: Days of stock | default: 14}} days, checked a | b
::: end
`;

  it('reads the default as the field value, and writes the same text back, to the byte', () => {
    const parsed = parseTemplate(template(body));
    expect(parsed.problems).toEqual([]);
    expect(collectFields(parsed.document).map((field) => [field.key, field.label, field.value])).toEqual([
      ['fill.days-of-stock', 'Days of stock', '14'],
      ['workspace.currency', 'Currency', 'EUR'],
      ['fill.days-of-stock', 'Days of stock', '14'],
    ]);
    const text = serializeTemplate({ meta: parsed.meta!, document: parsed.document });
    expect(text.slice(text.indexOf('# Stock'))).toBe(body);
  });

  it('keeps Markdown characters of a default literal when it writes the template', () => {
    const parsed = parseTemplate(template('Reserve {{fill: Reserve | default: 2 * 200 l_fuel}}.\n'));
    expect(parsed.problems).toEqual([]);
    const text = serializeTemplate({ meta: parsed.meta!, document: parsed.document });
    expect(text).toContain('{{fill: Reserve | default: 2 \\* 200 l\\_fuel}}');
    expect(parseTemplate(text).document).toEqual(parsed.document);
  });

  it('rejects a malformed default with its line and column', () => {
    expect(
      messages(`Hold {{fill: Days | default:}} and {{fill: Cash | defualt: 500}} and {{today | default 2}}.

Again {{fill: Stock | default: 14 | default: 7}}, {{fill: Stock | default: 10}}.

| A | B |
| --- | --- |
| x | {{fill: Days | default: 3}} |
`),
    ).toEqual([
      expect.stringMatching(/^13:29 A default needs a value after the colon/),
      expect.stringMatching(/^13:51 A field takes one option, "\| default: value" \(found "\| defualt: 500"\)/),
      expect.stringMatching(/^13:88 A default needs a value after the colon/),
      expect.stringMatching(/^15:37 This field already has a default/),
      expect.stringMatching(
        /^15:51 This field has the default "14" on line 15; every occurrence of a field shares one default/,
      ),
      expect.stringMatching(
        /^19:7 A field opened with "\{\{" is not closed with "\}\}". Inside a table, write the \| of a field as \\\|/,
      ),
    ]);
  });
});

describe('lintTemplates', () => {
  it('finds the same id and version twice and file names that do not match the id', () => {
    const text = template('# Plan\n').replace('kind: contingency', 'kind: sop');
    const results = lintTemplates([
      { path: 'templates/contingency-test.md', text },
      { path: 'templates/copy.md', text },
    ]);
    expect(results[0]!.problems).toEqual([]);
    expect(results[1]!.problems.map((problem) => formatProblem('copy.md', problem))).toEqual([
      'copy.md:2:1: error: Template "contingency-test" version 1.2.0 is also defined in templates/contingency-test.md.',
      'copy.md:2:1: warning: The file name "copy.md" does not match the template id "contingency-test"; name it contingency-test.md.',
    ]);
  });
});

describe('parseTemplate consistency checks', () => {
  it('refuses a section key used twice and warns about required fields the text never uses', () => {
    const parsed = parseTemplate(
      template(`## Purpose {section: purpose, required}

## Scope {section: purpose}
`).replace('language: en', 'required_fields: [site.name]'),
    );
    expect(
      parsed.problems.map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}`),
    ).toEqual([
      '7:19 warning The required field site.name is never used in the template, so a plan could never fill it.',
      '15:1 error The section key "purpose" is already used on line 13; each section needs its own key.',
    ]);
  });
});

describe('lintTemplates on sections', () => {
  it('warns about each section DOMAIN.md lists for the kind that no heading carries', () => {
    const [result] = lintTemplates([
      {
        path: 'contingency-test.md',
        text: template('## Purpose {section: purpose, required}\n\n## Review {section: review}\n'),
      },
    ]);
    const warnings = result!.problems.map((problem) => formatProblem('t.md', problem));
    expect(warnings).toHaveLength(11);
    expect(warnings).toContain(
      't.md:4:1: warning: A contingency plan has a section "Decision authority"; no heading is marked {section: decision-authority}.',
    );
    expect(warnings.join('\n')).not.toMatch(/section: (purpose|review)\}/);
  });
});

describe('named repeat items', () => {
  it('lets a repeat name its item, checks fields against that name, and writes the name back', () => {
    const parsed = parseTemplate(
      template(`::: for each risk as threat | min-level: High
{{threat.title}} and {{risk.title}}
::: for each measure as step
{{step.owner}} for {{threat.title}}
::: end
::: end

::: for each site as plan
::: end
`),
    );
    expect(parsed.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      '14:22 {{risk.title}} can only be used inside "::: for each risk".',
      '20:22 "plan" cannot name the item: use letters only, starting lowercase, and not workspace, plan, today, fill.',
    ]);
    const [repeat] = parsed.document.content.root.children;
    expect(repeat).toMatchObject({ type: 'repeat', over: 'risks', as: 'threat', children: [{}, { as: 'step' }] });
    const text = serializeTemplate({ meta: parsed.meta!, document: parsed.document });
    expect(text).toContain('::: for each risk as threat | min-level: High');
    expect(text).toContain('::: for each measure as step');
    expect(parseTemplate(text).document).toEqual(parsed.document);
  });
});
