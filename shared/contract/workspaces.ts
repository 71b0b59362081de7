import { z } from 'zod';
import { emptyInput, idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';
import { defineMethods } from './define';

export const WORKSPACE_KINDS = ['mission', 'institution'] as const;
export const SITE_KINDS = ['office', 'residence', 'warehouse', 'venue', 'other'] as const;

export const workspaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(WORKSPACE_KINDS),
  marking: z.string(),
  description: z.string(),
  isSample: z.boolean(),
  siteCount: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceFieldsSchema = z.object({
  name: requiredText(200),
  kind: z.enum(WORKSPACE_KINDS).default('mission'),
  /** Classification marking printed on every page of every export, e.g. RESTRICTED. */
  marking: optionalText(80),
  description: optionalText(4000),
});
export type WorkspaceFields = z.input<typeof workspaceFieldsSchema>;

const latitude = z.number().min(-90).max(90).nullable().default(null);
const longitude = z.number().min(-180).max(180).nullable().default(null);

export const siteSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  kind: z.enum(SITE_KINDS),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  notes: z.string(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Site = z.infer<typeof siteSchema>;

export const siteFieldsSchema = z.object({
  name: requiredText(200),
  kind: z.enum(SITE_KINDS).default('office'),
  address: optionalText(500),
  latitude,
  longitude,
  notes: optionalText(4000),
});
export type SiteFields = z.input<typeof siteFieldsSchema>;

export const workspaceMethods = defineMethods({
  'workspaces.list': {
    summary: 'All workspaces (missions or institutions), sample first.',
    input: emptyInput,
    output: z.array(workspaceSchema),
  },
  'workspaces.get': {
    summary: 'One workspace by id.',
    input: z.object({ id: idSchema }).strict(),
    output: workspaceSchema,
  },
  'workspaces.create': {
    summary: 'Create a workspace.',
    input: workspaceFieldsSchema.strict(),
    output: workspaceSchema,
  },
  'workspaces.update': {
    summary: 'Change a workspace name, kind, marking or description.',
    input: z.object({ id: idSchema, fields: workspaceFieldsSchema.strict() }).strict(),
    output: workspaceSchema,
  },
  'workspaces.delete': {
    summary: 'Delete a workspace and everything in it (used to remove the sample data).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'sites.list': {
    summary: 'Sites of one workspace, by name.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: z.array(siteSchema),
  },
  'sites.create': {
    summary: 'Add a site (office, residence, warehouse, venue) to a workspace.',
    input: z.object({ workspaceId: idSchema, fields: siteFieldsSchema.strict() }).strict(),
    output: siteSchema,
  },
  'sites.update': {
    summary: 'Change a site.',
    input: z.object({ id: idSchema, fields: siteFieldsSchema.strict() }).strict(),
    output: siteSchema,
  },
  'sites.delete': {
    summary: 'Delete a site.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
});

// Inputs that need no fields at all still go through one schema, so the contract stays uniform.
export { emptyInput };
