import { describe, expect, it } from 'vitest';
import { storedDocumentSchema } from '#shared/document/schema';
import { blockText, walk } from '#shared/document/walk';
import type { DocumentNode } from '#shared/document/nodes';
import { parseTemplate, serializeTemplate, TEMPLATE_KINDS } from '#shared/templates';
import { builtInTemplatesDir, readTemplateFolder } from './built-in-templates';

const files = readTemplateFolder(builtInTemplatesDir());
const parsed = files.map((file) => ({ file: file.file, text: file.text, ...parseTemplate(file.text) }));

/** DOMAIN.md section 5: the skeleton every contingency plan shares. */
const CONTINGENCY_SECTIONS = [
  'purpose',
  'risks-covered',
  'triggers',
  'decision-authority',
  'actions',
  'communications',
  'resources',
  'coordination',
  'public-communication',
  'accountability',
  'after-action',
  'review',
  'approval',
];

function sectionKeys(children: readonly DocumentNode[]): string[] {
  const keys: string[] = [];
  walk(children, (node) => {
    if (node.type === 'heading' && node.$?.required && node.$.sectionKey) keys.push(node.$.sectionKey);
  });
  return keys;
}

function types(children: readonly DocumentNode[]): Set<string> {
  const seen = new Set<string>();
  walk(children, (node) => seen.add(node.type));
  return seen;
}

describe('the built-in template library', () => {
  it('holds the fifteen templates of the issue, every one without a problem', () => {
    expect(parsed.map((template) => template.file).sort()).toEqual([
      'contingency-abduction.md',
      'contingency-armed-attack-hospital.md',
      'contingency-civil-unrest.md',
      'contingency-communications-loss.md',
      'contingency-earthquake.md',
      'contingency-evacuation.md',
      'contingency-fire.md',
      'contingency-flood.md',
      'contingency-ied-bomb-threat.md',
      'contingency-infrastructure-outage.md',
      'contingency-medical.md',
      'contingency-staff-death.md',
      'exercise-tabletop.md',
      'protective-security-vulnerable-target.md',
      'site-security-plan.md',
    ]);
    for (const template of parsed) {
      expect(template.problems, template.file).toEqual([]);
      expect(`${template.meta!.id}.md`).toBe(template.file);
      expect(TEMPLATE_KINDS).toContain(template.meta!.kind);
      expect(template.meta!.changelog[0]!.version).toBe(template.meta!.version);
      expect(storedDocumentSchema.safeParse(template.document).success, template.file).toBe(true);
    }
  });

  it.each(parsed.map((template) => [template.file, template] as const))(
    'round-trips %s: parse, serialize, parse gives the same document, and the same text',
    (_file, template) => {
      const text = serializeTemplate({ meta: template.meta!, document: template.document });
      const again = parseTemplate(text);
      expect(again.problems).toEqual([]);
      expect(again.meta).toEqual(template.meta);
      expect(again.document).toEqual(template.document);
      expect(text).toBe(template.text);
    },
  );

  it('gives every contingency plan each section of the shared skeleton, bound to the register', () => {
    const contingencies = parsed.filter((template) => template.meta!.kind === 'contingency');
    expect(contingencies).toHaveLength(12);
    for (const template of contingencies) {
      const children = template.document.content.root.children;
      expect(sectionKeys(children), template.file).toEqual(expect.arrayContaining(CONTINGENCY_SECTIONS));
      const blocks = types(children);
      for (const type of [
        'repeat',
        'conditional',
        'risk-summary-table',
        'action-table',
        'contact-table',
        'checklist',
        'approval-block',
        'field',
      ])
        expect(blocks.has(type), `${template.file} uses ${type}`).toBe(true);
      // Real guidance text, not a stub.
      const words = children.map(blockText).join(' ').split(/\s+/).length;
      expect(words, template.file).toBeGreaterThan(900);
    }
  });

  it('gives the site plan, the protective security plan and the exercise pack their own sections', () => {
    const keys = (id: string) =>
      sectionKeys(parsed.find((template) => template.meta!.id === id)!.document.content.root.children);
    expect(keys('site-security-plan')).toEqual(
      expect.arrayContaining([
        'critical-information',
        'context',
        'risk-summary',
        'phases',
        'roles',
        'sops',
        'communications',
        'contacts',
        'contingency-annexes',
        'medical',
        'maps',
        'review',
        'approval',
      ]),
    );
    expect(keys('protective-security-vulnerable-target')).toEqual(
      expect.arrayContaining([
        'carver',
        'threats',
        'layered-measures',
        'security-by-design',
        'coordination',
        'public-communication',
        'human-rights',
        'training',
      ]),
    );
    expect(keys('exercise-tabletop')).toEqual(
      expect.arrayContaining([
        'scenario',
        'injects',
        'expected-actions',
        'evaluation',
        'hot-wash',
        'after-action-report',
        'improvement-plan',
      ]),
    );
    const sitePlan = types(
      parsed.find((template) => template.meta!.id === 'site-security-plan')!.document.content.root.children,
    );
    for (const type of ['risk-matrix', 'phase-table', 'pace-table', 'contact-table'])
      expect(sitePlan.has(type)).toBe(true);
    const protective = types(
      parsed.find((template) => template.meta!.id === 'protective-security-vulnerable-target')!.document.content.root
        .children,
    );
    expect(protective.has('carver-table')).toBe(true);
  });

  it('holds the type-specific content DOMAIN.md lists', () => {
    const text = (id: string) => parsed.find((template) => template.meta!.id === id)!.text;
    expect(text('contingency-medical')).toMatch(/10-1-2/);
    expect(text('contingency-medical')).toMatch(/pre-authorisation/);
    expect(text('contingency-abduction')).toMatch(/communicators\*\*, not negotiators/);
    expect(text('contingency-abduction')).toMatch(/proof-of-life/i);
    expect(text('contingency-armed-attack-hospital')).toMatch(/\*\*escape, hide, alert\*\*, and fight only as a last resort/);
    expect(text('contingency-armed-attack-hospital')).toMatch(/Invacuation/);
    expect(text('contingency-ied-bomb-threat')).toMatch(
      /\*\*Confirm\*\*.*\n.*\*\*Clear\*\*.*\n.*\*\*Communicate\*\*.*\n.*\*\*Control\*\*/,
    );
    expect(text('contingency-communications-loss')).toMatch(/::: pace-table/);
    expect(text('contingency-evacuation')).toMatch(/National staff provisions/);
  });
});
