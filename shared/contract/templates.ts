import { z } from 'zod';
import { storedDocumentSchema } from '#shared/document/schema';
import { CATEGORY_KEYS, TEMPLATE_KINDS } from '#shared/templates/vocabulary';
import { defineMethods } from './define';

const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'Use a version such as 1.0.0');
const templateId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'Use lowercase letters, digits and hyphens (e.g. contingency-flood)');

export const templateOrigins = ['built-in', 'library'] as const;

export const changelogEntrySchema = z.object({ version: z.string(), date: z.string(), note: z.string() });

export const templateMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  version: z.string(),
  changelog: z.array(changelogEntrySchema),
  language: z.string(),
  appliesTo: z.array(z.string()),
  requiredFields: z.array(z.string()),
  summary: z.string(),
});

export const templateProblemSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  /** The newest version. */
  version: z.string(),
  summary: z.string(),
  language: z.string(),
  appliesTo: z.array(z.string()),
  /** Built-in (shipped with the app) or library (published by a maintainer in this database). */
  origin: z.enum(templateOrigins),
  /** Every readable version, newest first. */
  versions: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateDetailSchema = z.object({
  meta: templateMetaSchema,
  origin: z.enum(templateOrigins),
  document: storedDocumentSchema,
  /** The template's text form (front matter + Markdown + directives), as a maintainer reviews it. */
  text: z.string(),
  versions: z.array(z.object({ version: z.string(), origin: z.enum(templateOrigins) })),
  /** True when this is the newest version (the one plans are generated from). */
  latest: z.boolean(),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

export const packReportSchema = z.object({
  imported: z.array(z.object({ file: z.string(), id: z.string(), version: z.string() })),
  /** Same id and version already in the library: identical ones are skipped, different ones refused. */
  conflicts: z.array(
    z.object({ file: z.string(), id: z.string(), version: z.string(), reason: z.enum(['identical', 'different']) }),
  ),
  /** Files that are not valid templates, with their located problems. */
  rejected: z.array(z.object({ file: z.string(), problems: z.array(templateProblemSchema) })),
});
export type PackReport = z.infer<typeof packReportSchema>;

const packFile = z.object({ name: z.string().min(1).max(500), text: z.string().max(3 * 1024 * 1024) }).strict();

export const templateMethods = defineMethods({
  'templates.list': {
    summary: 'The template library: newest version of each template, built-in and published.',
    input: z.object({ kind: z.enum(TEMPLATE_KINDS).optional() }).strict(),
    output: z.array(templateSummarySchema),
  },
  'templates.get': {
    summary: 'One template, at its newest version or at the version asked for.',
    input: z.object({ id: z.string().min(1).max(80), version: semver.optional() }).strict(),
    output: templateDetailSchema,
  },
  'templates.lint': {
    summary: 'Check a template text and return every problem with its line and column.',
    input: z.object({ text: z.string().max(6 * 1024 * 1024) }).strict(),
    output: z.object({ meta: templateMetaSchema.nullable(), problems: z.array(templateProblemSchema) }),
  },
  'templates.publish': {
    summary: 'Publish an edited template as a new version with a changelog line; older versions stay readable.',
    input: z
      .object({
        id: z.string().min(1).max(80),
        /** The version the edit started from: publishing over a newer version is refused. */
        baseVersion: semver,
        bump: z.enum(['patch', 'minor', 'major']).default('minor'),
        note: z.string().trim().min(1, 'Say what changed').max(500),
        title: z.string().trim().min(1, 'Required').max(200).optional(),
        summary: z.string().trim().max(1000).optional(),
        /** Threat category keys the template applies to. */
        appliesTo: z
          .array(z.enum(CATEGORY_KEYS as [string, ...string[]]))
          .max(100)
          .optional(),
        document: storedDocumentSchema,
      })
      .strict(),
    output: templateDetailSchema,
  },
  'templates.duplicate': {
    summary: 'Copy a template under a new id, as version 1.0.0 of a new template.',
    input: z
      .object({
        id: z.string().min(1).max(80),
        version: semver.optional(),
        newId: templateId,
        title: z.string().trim().min(1, 'Required').max(200),
      })
      .strict(),
    output: templateDetailSchema,
  },
  'templates.importPack': {
    summary: 'Import a template pack (.md files, or a .zip as base64) and report conflicts by id and version.',
    input: z
      .object({
        files: z.array(packFile).max(500).default([]),
        zipBase64: z
          .string()
          .max(40 * 1024 * 1024)
          .optional(),
      })
      .strict(),
    output: packReportSchema,
  },
  'templates.exportPack': {
    summary: 'Export templates as a zip pack (every version of each, as <id>@<version>.md).',
    input: z.object({ ids: z.array(z.string()).max(500).optional() }).strict(),
    output: z.object({ fileName: z.string(), zipBase64: z.string(), count: z.number().int() }),
  },
});
