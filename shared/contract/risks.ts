import { z } from 'zod';
import {
  ACCEPTANCE_STATES,
  MATRIX_MAX_SIZE,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  PROGRAMME_CRITICALITIES,
  RISK_STATUSES,
  TREATMENTS,
  isIsoDate,
  type AcceptanceRule,
  type AssessedRiskWithLevels,
  type Measure,
  type PhaseDefinition,
  type RiskMatrix,
  type ThreatCategory,
} from '#shared/domain';
import { idSchema, optionalText, requiredText } from './common';
import { defineMethods } from './define';

export const isoDateSchema = z.string().trim().refine(isIsoDate, 'A date written YYYY-MM-DD, e.g. 2026-03-31');
const scaleValue = z.number().int().min(1).max(MATRIX_MAX_SIZE);
export const assessmentSchema = z.object({ likelihood: scaleValue, impact: scaleValue }).strict();

export const acceptanceSchema = z
  .object({
    acceptedBy: requiredText(200),
    criticality: z.enum(PROGRAMME_CRITICALITIES),
    date: isoDateSchema,
    expiry: isoDateSchema,
  })
  .strict()
  .refine((value) => value.expiry >= value.date, {
    message: 'The expiry date cannot be before the acceptance date',
    path: ['expiry'],
  });

/** What a user edits on a risk; levels are derived, never sent. */
export const riskFieldsSchema = z
  .object({
    siteId: idSchema,
    title: requiredText(300),
    categoryKey: requiredText(64),
    description: optionalText(8000),
    exposed: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    vulnerabilities: optionalText(8000),
    existingMeasures: optionalText(8000),
    inherent: assessmentSchema,
    residual: assessmentSchema.nullable().default(null),
    treatment: z.enum(TREATMENTS).default('reduce'),
    acceptance: acceptanceSchema.nullable().default(null),
    nextReviewDate: isoDateSchema.nullable().default(null),
    status: z.enum(RISK_STATUSES).default('assessed'),
  })
  .strict();
export type RiskFields = z.input<typeof riskFieldsSchema>;
export type ParsedRiskFields = z.output<typeof riskFieldsSchema>;

export const riskLevelSchema = z.object({ key: z.string(), label: z.string(), color: z.string() });

export const measureSchema = z.object({
  id: idSchema,
  riskId: idSchema,
  type: z.enum(MEASURE_TYPES),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  cost: z.string(),
}) satisfies z.ZodType<Measure>;

export const riskSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  title: z.string(),
  categoryKey: z.string(),
  categoryLabel: z.string(),
  description: z.string(),
  exposed: z.array(z.string()),
  vulnerabilities: z.string(),
  existingMeasures: z.string(),
  inherent: z.object({ likelihood: z.number(), impact: z.number() }),
  residual: z.object({ likelihood: z.number(), impact: z.number() }).nullable(),
  treatment: z.enum(TREATMENTS),
  acceptance: z
    .object({
      acceptedBy: z.string(),
      criticality: z.enum(PROGRAMME_CRITICALITIES),
      date: z.string(),
      expiry: z.string(),
    })
    .nullable(),
  nextReviewDate: z.string().nullable(),
  status: z.enum(RISK_STATUSES),
  measures: z.array(measureSchema),
  inherentLevel: riskLevelSchema.nullable(),
  residualLevel: riskLevelSchema.nullable(),
  currentLevel: riskLevelSchema.nullable(),
  /** The matrix changed since the user last saved or acknowledged this risk, and its level with it. */
  levelChanged: z.boolean(),
  /** Level keys the user last saw (inherent, residual), to show "was High, now Very high". */
  previousLevels: z.object({ inherent: z.string().nullable(), residual: z.string().nullable() }),
  acceptanceState: z.enum(ACCEPTANCE_STATES),
  /** Who may accept the current level at the recorded (or, if none, PC1) criticality; null when nobody may. */
  acceptanceAuthority: z.string().nullable(),
  reviewOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<AssessedRiskWithLevels>;
export type RiskView = z.infer<typeof riskSchema>;

export const measureFieldsSchema = z
  .object({
    type: z.enum(MEASURE_TYPES),
    description: requiredText(2000),
    owner: optionalText(200),
    dueDate: isoDateSchema.nullable().default(null),
    status: z.enum(MEASURE_STATUSES).default('planned'),
    cost: optionalText(80),
  })
  .strict();
export type MeasureFields = z.input<typeof measureFieldsSchema>;

export const measureListItemSchema = measureSchema.extend({
  riskTitle: z.string(),
  siteName: z.string(),
  overdue: z.boolean(),
});

const matrixSchema = z
  .object({
    likelihood: z.array(z.object({ value: z.number().int(), label: z.string().trim().max(80) }).strict()),
    impact: z.array(z.object({ value: z.number().int(), label: z.string().trim().max(80) }).strict()),
    levels: z.array(
      z.object({ key: z.string().trim().max(40), label: z.string().trim().max(80), color: z.string() }).strict(),
    ),
    cells: z.array(z.array(z.string())),
  })
  .strict() satisfies z.ZodType<RiskMatrix>;
export { matrixSchema };

const acceptanceRuleSchema = z.record(
  z.string(),
  z.partialRecord(z.enum(PROGRAMME_CRITICALITIES), z.string().trim().max(200)),
) satisfies z.ZodType<AcceptanceRule>;

export const categorySchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and "-" only')
      .max(64),
    label: requiredText(200),
    nature: z.enum(['threat', 'hazard']),
  })
  .strict() satisfies z.ZodType<ThreatCategory>;

export const phaseSchema = z
  .object({
    phase: z.number().int().min(1).max(12),
    name: requiredText(120),
    description: optionalText(2000),
    indicators: z.array(z.string().trim().min(1).max(500)).max(50),
    declaredBy: optionalText(200),
    actions: z.array(z.string().trim().min(1).max(500)).max(50),
  })
  .strict() satisfies z.ZodType<PhaseDefinition>;

const byWorkspace = z.object({ workspaceId: idSchema }).strict();
const byId = z.object({ id: idSchema }).strict();
const deleted = z.object({ deleted: z.literal(true) });

export const riskMethods = defineMethods({
  'risks.list': {
    summary: 'Assessed risks of a workspace with their measures and levels computed with its matrix.',
    input: byWorkspace,
    output: z.array(riskSchema),
  },
  'risks.get': { summary: 'One assessed risk.', input: byId, output: riskSchema },
  'risks.create': {
    summary: 'Record and assess a risk at a site.',
    input: z.object({ workspaceId: idSchema, fields: riskFieldsSchema }).strict(),
    output: riskSchema,
  },
  'risks.update': {
    summary: 'Change a risk (its measures are kept).',
    input: z.object({ id: idSchema, fields: riskFieldsSchema }).strict(),
    output: riskSchema,
  },
  'risks.delete': { summary: 'Delete a risk and its measures.', input: byId, output: deleted },
  'risks.acknowledgeLevels': {
    summary: 'Mark the levels of changed risks as seen after a matrix change.',
    input: z.object({ workspaceId: idSchema, ids: z.array(idSchema).optional() }).strict(),
    output: z.object({ acknowledged: z.number().int() }),
  },
  'measures.list': {
    summary: 'Every measure of a workspace with its risk, overdue ones flagged.',
    input: byWorkspace,
    output: z.array(measureListItemSchema),
  },
  'measures.create': {
    summary: 'Add a prevention or mitigation measure to a risk.',
    input: z.object({ riskId: idSchema, fields: measureFieldsSchema }).strict(),
    output: measureSchema,
  },
  'measures.update': {
    summary: 'Change a measure.',
    input: z.object({ id: idSchema, fields: measureFieldsSchema }).strict(),
    output: measureSchema,
  },
  'measures.delete': { summary: 'Delete a measure.', input: byId, output: deleted },
  'matrix.get': {
    summary: 'The risk matrix of a workspace (the default 5x5 until changed).',
    input: byWorkspace,
    output: matrixSchema,
  },
  'matrix.update': {
    summary: 'Replace the matrix after validation; returns the risks whose level changed.',
    input: z.object({ workspaceId: idSchema, matrix: matrixSchema }).strict(),
    output: z.object({ matrix: matrixSchema, changedRiskIds: z.array(idSchema) }),
  },
  'matrix.acceptanceRule': {
    summary: 'Who may accept which residual level at which programme criticality.',
    input: byWorkspace,
    output: acceptanceRuleSchema,
  },
  'matrix.updateAcceptanceRule': {
    summary: 'Replace the acceptance rule after validation against the matrix.',
    input: z.object({ workspaceId: idSchema, rule: acceptanceRuleSchema }).strict(),
    output: acceptanceRuleSchema,
  },
  'categories.list': {
    summary: 'Threat and hazard categories of a workspace (the default taxonomy until changed).',
    input: byWorkspace,
    output: z.array(categorySchema),
  },
  'categories.update': {
    summary: 'Replace the categories; keys still used by risks must stay.',
    input: z.object({ workspaceId: idSchema, categories: z.array(categorySchema).min(1).max(100) }).strict(),
    output: z.array(categorySchema),
  },
  'phases.list': {
    summary: 'Security phases of a workspace with indicators, authority and actions.',
    input: byWorkspace,
    output: z.array(phaseSchema),
  },
  'phases.update': {
    summary: 'Replace the security phases (numbered 1..n in order).',
    input: z.object({ workspaceId: idSchema, phases: z.array(phaseSchema).min(1).max(12) }).strict(),
    output: z.array(phaseSchema),
  },
});
