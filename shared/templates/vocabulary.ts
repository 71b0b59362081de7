import type { RepeatCollection } from '#shared/document/nodes';
import { DEFAULT_LEVELS } from '#shared/domain/risk-matrix';
import { DEFAULT_THREAT_CATEGORIES } from '#shared/domain/threat-categories';

/**
 * The words a template may use: fields, collections, filters, block types and template kinds.
 * The generator (shared/generate) fills exactly these fields, so both sides read this file.
 */

export const TEMPLATE_KINDS = [
  'site-security-plan',
  'risk-assessment',
  'contingency',
  'protective-security',
  'exercise',
  'sop',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  'site-security-plan': 'Site safety and security plan',
  'risk-assessment': 'Security risk assessment',
  contingency: 'Contingency plan',
  'protective-security': 'Protective security plan',
  exercise: 'Exercise',
  sop: 'Standard operating procedure',
};

/** Fields available everywhere in a template, with the label shown while unfilled. */
export const GLOBAL_FIELDS: Record<string, string> = {
  'workspace.name': 'Mission or institution',
  'workspace.marking': 'Classification marking',
  'workspace.description': 'Mission description',
  'workspace.currency': 'Currency',
  'site.name': 'Site name',
  'site.kind': 'Site type',
  'site.address': 'Site address',
  today: 'Date',
  'plan.title': 'Plan title',
  'plan.version': 'Plan version',
  'plan.effectiveDate': 'Effective date',
  'plan.reviewDate': 'Next review date',
  'plan.preparedBy': 'Prepared by',
  'plan.approvedBy': 'Approved by',
};

/** The name of one item inside `::: for each <item>`, per collection. */
export const ITEM_NAMES: Record<RepeatCollection, string> = {
  risks: 'risk',
  measures: 'measure',
  contacts: 'contact',
  phases: 'phase',
  targets: 'target',
  sites: 'site',
};

export const COLLECTION_BY_ITEM: Record<string, RepeatCollection> = Object.fromEntries(
  Object.entries(ITEM_NAMES).map(([collection, item]) => [item, collection as RepeatCollection]),
);

/** Fields of one item of each collection (used as `{{risk.title}}` inside the repeat). */
export const ITEM_FIELDS: Record<RepeatCollection, Record<string, string>> = {
  risks: {
    title: 'Risk',
    site: 'Site',
    category: 'Threat or hazard category',
    description: 'Risk description',
    exposed: 'Who or what is exposed',
    vulnerabilities: 'Vulnerabilities',
    likelihood: 'Likelihood',
    impact: 'Impact',
    level: 'Risk level',
    residualLikelihood: 'Residual likelihood',
    residualImpact: 'Residual impact',
    residualLevel: 'Residual risk level',
    treatment: 'Treatment',
    existingMeasures: 'Existing measures',
    acceptedBy: 'Residual risk accepted by',
    criticality: 'Programme criticality',
    acceptedOn: 'Date of acceptance',
    acceptanceExpiry: 'Acceptance valid until',
    nextReview: 'Next review of the risk',
  },
  measures: {
    description: 'Measure',
    type: 'Prevention or mitigation',
    owner: 'Owner',
    dueDate: 'Due date',
    status: 'Status',
    risk: 'Risk it treats',
  },
  contacts: {
    name: 'Name',
    role: 'Role',
    phone: 'Phone',
    email: 'Email',
    callSign: 'Call sign',
    deputy: 'Deputy',
    site: 'Site',
    calls: 'Calls next (call tree)',
  },
  phases: {
    number: 'Phase number',
    name: 'Phase',
    description: 'Phase description',
    indicators: 'Indicators',
    declaredBy: 'Declared by',
    actions: 'Actions on entering the phase',
  },
  targets: {
    name: 'Target',
    site: 'Site',
    description: 'Target description',
    total: 'CARVER total',
    criticality: 'Criticality',
    accessibility: 'Accessibility',
    recuperability: 'Recuperability',
    vulnerability: 'Vulnerability',
    effect: 'Effect',
    recognizability: 'Recognizability',
  },
  sites: { name: 'Site name', kind: 'Site type', address: 'Site address' },
};

/** A blank for the officer to fill in (`{{fill: Primary assembly point}}`) has this key prefix. */
export const FILL_PREFIX = 'fill.';

export function fillKey(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${FILL_PREFIX}${slug || 'blank'}`;
}

/** Which filters make sense for which collection. */
export const FILTERS_BY_COLLECTION: Record<
  RepeatCollection,
  ReadonlyArray<'category' | 'minLevel' | 'site' | 'measureType'>
> = {
  risks: ['category', 'minLevel', 'site'],
  measures: ['category', 'minLevel', 'site', 'measureType'],
  contacts: ['site'],
  phases: [],
  targets: ['site'],
  sites: [],
};

export const CATEGORY_KEYS: readonly string[] = DEFAULT_THREAT_CATEGORIES.map((category) => category.key);
export const LEVEL_LABELS: readonly string[] = DEFAULT_LEVELS.map((level) => level.label);

/** Structured blocks whose rows come from a table in the template. */
export const TABLE_BLOCKS = {
  'action-table': ['Trigger', 'Action', 'Responsible', 'When'],
  'contact-table': ['Name', 'Role', 'Phone', 'Email', 'Call sign', 'Deputy', 'Calls'],
  'pace-table': ['Level', 'Means', 'Details', 'Owner'],
  'phase-table': ['Phase', 'Name', 'Indicators', 'Declared by', 'Actions'],
  'approval-block': ['Role', 'Name', 'Title', 'Date'],
} as const;
export type TableBlockType = keyof typeof TABLE_BLOCKS;

/** Blocks written on one line, with no body: the generator fills them from the register. */
export const LINE_BLOCKS = [
  'risk-matrix',
  'risk-summary-table',
  'carver-table',
  'page-break',
  'section-break',
] as const;
export type LineBlockType = (typeof LINE_BLOCKS)[number];

export const BODY_BLOCKS = [...Object.keys(TABLE_BLOCKS), 'checklist'] as Array<TableBlockType | 'checklist'>;

export const BLOCK_TYPES: readonly string[] = [...BODY_BLOCKS, ...LINE_BLOCKS];

/** Blocks that accept `from:` (rows taken from the register by the generator). */
export const SOURCED_BLOCKS: readonly string[] = [
  'action-table',
  'contact-table',
  'phase-table',
  'risk-summary-table',
  'carver-table',
];

/** Separator of several values in one table cell (indicators, actions, calls). */
export const LIST_SEPARATOR = '; ';
