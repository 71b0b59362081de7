import { z } from 'zod';
import { CARVER_FACTORS, TARGET_KINDS, type Person, type ProtectedTarget } from '#shared/domain';
import { idSchema, optionalText, requiredText } from './common';
import { defineMethods } from './define';

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  callSign: z.string(),
  deputy: idSchema.nullable(),
}) satisfies z.ZodType<Person>;

export const personFieldsSchema = z
  .object({
    name: requiredText(200),
    role: optionalText(200),
    phone: optionalText(60).refine((phone) => phone === '' || /^[+0-9 ()./-]{3,60}$/.test(phone), {
      message: 'Digits, spaces and + ( ) - . / only',
    }),
    email: optionalText(200).refine((email) => email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email), {
      message: 'An address like name@example.org',
    }),
    callSign: optionalText(40),
    deputy: idSchema.nullable().default(null),
  })
  .strict();
export type PersonFields = z.input<typeof personFieldsSchema>;

const score = z.number().int().min(1, 'From 1 to 5').max(5, 'From 1 to 5');
export const carverScoresSchema = z.object(
  Object.fromEntries(CARVER_FACTORS.map((factor) => [factor, score])) as Record<
    (typeof CARVER_FACTORS)[number],
    typeof score
  >,
);

export const targetSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(TARGET_KINDS),
  siteId: idSchema.nullable(),
  scores: carverScoresSchema,
  total: z.number().int(),
  riskIds: z.array(idSchema),
  notes: z.string(),
  rank: z.number().int(),
}) satisfies z.ZodType<ProtectedTarget>;
export type TargetView = z.infer<typeof targetSchema>;

export const targetFieldsSchema = z
  .object({
    name: requiredText(200),
    kind: z.enum(TARGET_KINDS),
    siteId: idSchema.nullable().default(null),
    scores: carverScoresSchema.strict(),
    riskIds: z.array(idSchema).max(200).default([]),
    notes: optionalText(4000),
  })
  .strict();
export type TargetFields = z.input<typeof targetFieldsSchema>;

const byWorkspace = z.object({ workspaceId: idSchema }).strict();
const byId = z.object({ id: idSchema }).strict();
const deleted = z.object({ deleted: z.literal(true) });

export const peopleMethods = defineMethods({
  'people.list': {
    summary: 'People and roles of a workspace, by name.',
    input: byWorkspace,
    output: z.array(personSchema),
  },
  'people.create': {
    summary: 'Add a person (name, role, phone, e-mail, radio call sign, deputy).',
    input: z.object({ workspaceId: idSchema, fields: personFieldsSchema }).strict(),
    output: personSchema,
  },
  'people.update': {
    summary: 'Change a person.',
    input: z.object({ id: idSchema, fields: personFieldsSchema }).strict(),
    output: personSchema,
  },
  'people.delete': { summary: 'Delete a person (they stop being anyone’s deputy).', input: byId, output: deleted },
  'targets.list': {
    summary: 'Vulnerable targets of a workspace ranked by CARVER total, highest first.',
    input: byWorkspace,
    output: z.array(targetSchema),
  },
  'targets.create': {
    summary: 'Add a soft target or critical infrastructure with its CARVER scores.',
    input: z.object({ workspaceId: idSchema, fields: targetFieldsSchema }).strict(),
    output: targetSchema,
  },
  'targets.update': {
    summary: 'Change a target.',
    input: z.object({ id: idSchema, fields: targetFieldsSchema }).strict(),
    output: targetSchema,
  },
  'targets.delete': { summary: 'Delete a target.', input: byId, output: deleted },
});
