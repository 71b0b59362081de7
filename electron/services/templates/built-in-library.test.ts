import { describe, expect, it } from 'vitest';
import { storedDocumentSchema } from '#shared/document/schema';
import { blockText, walk } from '#shared/document/walk';
import type { DocumentNode } from '#shared/document/nodes';
import { parseTemplate, serializeTemplate, TEMPLATE_KINDS } from '#shared/templates';
import { DEFAULT_PHASE_DEFINITIONS } from '#shared/domain/security-phases';
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
  it('holds the twenty-two templates of the library, every one without a problem', () => {
    expect(parsed.map((template) => template.file).sort()).toEqual([
      'contingency-abduction.md',
      'contingency-armed-attack-hospital.md',
      'contingency-arrest-detention.md',
      'contingency-civil-unrest.md',
      'contingency-communications-loss.md',
      'contingency-earthquake.md',
      'contingency-evacuation.md',
      'contingency-fire.md',
      'contingency-flood.md',
      'contingency-ied-bomb-threat.md',
      'contingency-infrastructure-outage.md',
      'contingency-medical.md',
      'contingency-mines-uxo-erw.md',
      'contingency-sexual-violence.md',
      'contingency-staff-death.md',
      'crisis-management-team.md',
      'exercise-tabletop.md',
      'incident-reporting.md',
      'protective-security-vulnerable-target.md',
      'security-risk-assessment.md',
      'site-security-plan.md',
      'sop-movement-travel.md',
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
    expect(contingencies).toHaveLength(16);
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
    expect(keys('security-risk-assessment')).toEqual(
      expect.arrayContaining([
        'context',
        'threats',
        'vulnerabilities',
        'analysis',
        'treatment',
        'residual-risk',
        'acceptance',
        'review',
        'approval',
      ]),
    );
    expect(keys('incident-reporting')).toEqual(
      expect.arrayContaining(['purpose', 'roles', 'procedure', 'contents', 'data-protection', 'review', 'approval']),
    );
    expect(keys('sop-movement-travel')).toEqual(
      expect.arrayContaining([
        'clearance',
        'route-card',
        'check-in',
        'missed-check-in',
        'vehicles',
        'convoys',
        'checkpoints',
        'approval',
      ]),
    );
    const assessment = types(
      parsed.find((template) => template.meta!.id === 'security-risk-assessment')!.document.content.root.children,
    );
    for (const type of ['risk-matrix', 'risk-summary-table', 'repeat', 'conditional', 'approval-block'])
      expect(assessment.has(type), `the risk assessment uses ${type}`).toBe(true);
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
    expect(text('contingency-armed-attack-hospital')).toMatch(
      /\*\*escape, hide, alert\*\*, and fight only as a last resort/,
    );
    expect(text('contingency-armed-attack-hospital')).toMatch(/Invacuation/);
    expect(text('contingency-ied-bomb-threat')).toMatch(
      /\*\*Confirm\*\*.*\n.*\*\*Clear\*\*.*\n.*\*\*Communicate\*\*.*\n.*\*\*Control\*\*/,
    );
    expect(text('contingency-communications-loss')).toMatch(/::: pace-table/);
    expect(text('contingency-evacuation')).toMatch(/National staff provisions/);
    // The body, not the changelog that records the correction.
    expect(text('contingency-evacuation').split('\n---\n')[1]).not.toMatch(/white flag/i);
    expect(text('contingency-ied-bomb-threat')).toMatch(
      /Bomb Threat Stand-Off Chart\* \(NCTC, \*Counterterrorism Guide\*, 2014 edition/,
    );
    expect(text('contingency-ied-bomb-threat')).toMatch(/second device/);
    expect(text('contingency-fire')).toMatch(/nobody waits for this plan to be activated/);
    expect(text('contingency-staff-death')).toMatch(/\*\*Illness\.\*\*/);
    expect(text('contingency-arrest-detention')).toMatch(/Vienna Convention on Consular Relations, 1963, article 36/);
    expect(text('contingency-arrest-detention')).toMatch(/privileges and immunities/);
    expect(text('contingency-mines-uxo-erw')).toMatch(/\*\*Do not enter\*\*.*\n2\. \*\*Mark\*\*.*\n3\. \*\*Call\*\*/);
    expect(text('contingency-mines-uxo-erw')).toMatch(/UNMAS, 3rd edition, 2015/);
    expect(text('contingency-sexual-violence')).toMatch(/within 72 hours/);
    expect(text('contingency-sexual-violence')).toMatch(/\*\*do not investigate\*\*/);
    expect(text('crisis-management-team')).toMatch(/## 8\. Hand-over to headquarters/);
    expect(text('incident-reporting')).toMatch(
      /\| Flash report \|.*\n\| Update \|.*\n\| Incident report \|.*\n\| Post-incident report \|.*\n\| Situation report \(SITREP\) \|/,
    );
    expect(text('sop-movement-travel')).toMatch(
      /\{\{fill: Missed check-in: first follow-up \\\| default: 15 minutes\}\}/,
    );
  });

  it('names the same roles as the default security phases, and no retired title', () => {
    const phaseRoles = DEFAULT_PHASE_DEFINITIONS.map((phase) => phase.declaredBy).join(' ');
    for (const role of ['Head of Mission', 'Chief of Mission Security', 'Secretary General'])
      expect(phaseRoles, role).toContain(role);
    for (const template of parsed) {
      expect(template.text, template.file).not.toMatch(
        /Chief Security Officer|Chief of Security\b|US dollars|Run, Hide/,
      );
      if (template.meta!.kind === 'contingency')
        expect(template.text, template.file).toMatch(/Chief of Mission Security/);
    }
  });

  it('lists the ICRC and the host-State ministry in the coordination table of every contingency plan', () => {
    for (const template of parsed.filter((candidate) => candidate.meta!.kind === 'contingency')) {
      const coordination = template.text.slice(template.text.indexOf('{section: coordination, required}'));
      const table = coordination.slice(0, coordination.indexOf('\n## '));
      expect(table, template.file).toMatch(/\| International Committee of the Red Cross \(ICRC\) delegation \|/);
      expect(table, template.file).toMatch(/\| Ministry of Foreign Affairs of the host State/);
    }
  });
});
