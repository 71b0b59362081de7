import { walk } from '#shared/document/walk';
import type { StoredDocument } from '#shared/document/nodes';
import type { TemplateKind } from './vocabulary';

/**
 * The sections DOMAIN.md section 5 lists for each kind of plan, by section key. The built-in
 * library uses these keys; a maintainer's template that lacks one gets a warning, not an error,
 * since an organisation may deliberately cover it elsewhere.
 */
export const EXPECTED_SECTIONS: Partial<Record<TemplateKind, Record<string, string>>> = {
  contingency: {
    purpose: 'Purpose and scope',
    'risks-covered': 'Risks covered, with their assessment',
    triggers: 'Triggers and indicators',
    'decision-authority': 'Decision authority',
    actions: 'Actions by phase and role',
    communications: 'Communications and notification chain',
    resources: 'Resources',
    coordination: 'Coordination with authorities, the UN, other organisations and embassies',
    'public-communication': 'Public communication',
    accountability: 'Accountability of staff',
    'after-action': 'After-action: debrief, psychosocial support, lessons learned',
    review: 'Review date',
    approval: 'Approval',
  },
  'site-security-plan': {
    'critical-information': 'Critical information page',
    context: 'Overview and context',
    'risk-summary': 'Risk assessment summary',
    phases: 'Security phases with indicators',
    roles: 'Roles and responsibilities',
    sops: 'Standard operating procedures',
    communications: 'Communications plan (PACE)',
    contacts: 'Contact list and call tree',
    'contingency-annexes': 'Contingency plans (annexes)',
    medical: 'Medical facilities',
    maps: 'Maps',
    review: 'Review and exercise schedule',
    approval: 'Approval',
  },
  'risk-assessment': {
    context: 'Context: location, time frame, situation, programme',
    threats: 'Threat assessment per category',
    vulnerabilities: 'Vulnerabilities',
    analysis: 'Risk analysis with the matrix',
    treatment: 'Treatment and measures',
    'residual-risk': 'Residual risk',
    acceptance: 'Acceptance of the residual risk',
    review: 'Review date',
    approval: 'Approval',
  },
  'protective-security': {
    carver: 'CARVER-ranked assets',
    threats: 'Threats',
    'layered-measures': 'Layered measures (deter, detect, delay, respond)',
    'security-by-design': 'Security by design',
    coordination: 'Coordination with public authorities and private operators',
    'public-communication': 'Crisis communication to the public',
    'human-rights': 'Human-rights compliance of measures',
    training: 'Training and exercises',
  },
  exercise: {
    scenario: 'Scenario narrative',
    injects: 'Master list of injects',
    'expected-actions': 'Expected actions from the plan',
    evaluation: 'Evaluation guide',
    'hot-wash': 'Hot wash',
    'after-action-report': 'After-action report',
    'improvement-plan': 'Improvement plan',
  },
};

/** Expected section keys of the kind that no heading of the document carries. */
export function missingSections(kind: TemplateKind, document: StoredDocument): Array<{ key: string; title: string }> {
  const present = new Set<string>();
  walk(document.content.root.children, (node) => {
    if (node.type === 'heading' && node.$?.sectionKey) present.add(node.$.sectionKey);
  });
  return Object.entries(EXPECTED_SECTIONS[kind] ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, title]) => ({ key, title }));
}
