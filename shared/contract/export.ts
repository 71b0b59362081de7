import { z } from 'zod';
import { storedDocumentSchema } from '#shared/document/schema';
import { houseStyleSchema, LOGO_MIME_TYPES, PAGE_SIZES } from '#shared/export/house-style';
import { idSchema } from './common';
import { defineMethods } from './define';

/** Largest file accepted for import, logo or reference document (the HTTP body limit is 64 MB). */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

const fileName = z.string().trim().min(1, 'Required').max(255, 'At most 255 characters');
const base64File = z
  .string()
  .min(1, 'The file is empty')
  .max(MAX_BASE64, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64 file data');

/** The house style as the settings screen edits it: everything but the files, which have methods of their own. */
export const houseStyleSettingsSchema = houseStyleSchema.omit({ logo: true, referenceDoc: true });
export type HouseStyleSettings = z.infer<typeof houseStyleSettingsSchema>;

export const houseStyleViewSchema = houseStyleSettingsSchema.extend({
  logo: z
    .object({
      fileName: z.string(),
      mimeType: z.enum(LOGO_MIME_TYPES),
      width: z.number(),
      height: z.number(),
      data: z.string(),
    })
    .nullable(),
  referenceDoc: z.object({ fileName: z.string(), styleCount: z.number().int() }).nullable(),
  isDefault: z.boolean(),
});
export type HouseStyleView = z.infer<typeof houseStyleViewSchema>;

export const coverOverridesSchema = z
  .object({
    title: z.string().max(300).optional(),
    subtitle: z.string().max(300).optional(),
    site: z.string().max(300).optional(),
    version: z.string().max(50).optional(),
    date: z.string().max(50).optional(),
    author: z.string().max(200).optional(),
  })
  .strict();

export const EXPORT_SOURCES = ['plan', 'document', 'risk-register'] as const;

export const exportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), planId: idSchema }).strict(),
  z
    .object({
      kind: z.literal('document'),
      workspaceId: idSchema,
      document: storedDocumentSchema,
      cover: coverOverridesSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('risk-register'), workspaceId: idSchema, siteId: idSchema.optional() }).strict(),
]);
export type ExportSource = z.infer<typeof exportSourceSchema>;

export const EXPORT_STAGES = ['queued', 'collecting', 'building', 'writing', 'done', 'failed'] as const;

export const exportJobSchema = z.object({
  jobId: idSchema,
  stage: z.enum(EXPORT_STAGES),
  /** 0..1, by stage: the docx library reports nothing finer. */
  progress: z.number().min(0).max(1),
  fileName: z.string(),
  size: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** Base64 of the .docx. */
  data: z.string(),
  size: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const IMPORT_TARGETS = ['plan', 'template'] as const;

export const importResultSchema = z.object({
  document: storedDocumentSchema,
  /** What the document held that the plan model cannot keep, for the user to check by hand. */
  unmapped: z.array(z.object({ what: z.string(), count: z.number().int(), example: z.string() })),
  stats: z.object({
    headings: z.number().int(),
    paragraphs: z.number().int(),
    lists: z.number().int(),
    tables: z.number().int(),
  }),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_MIME_TYPE = docxMime;

export const exportMethods = defineMethods({
  'houseStyle.get': {
    summary: "A workspace's house style for Word exports (the default until it is changed).",
    input: z.object({ workspaceId: idSchema }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.update': {
    summary: 'Change the fonts, sizes, colours, marking, page size and heading numbering of a house style.',
    input: z.object({ workspaceId: idSchema, settings: houseStyleSettingsSchema.strict() }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.reset': {
    summary: 'Go back to the default house style, dropping the logo and the reference document.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.setLogo': {
    summary: 'Store a PNG or JPEG logo for the cover page (checked to be a real image).',
    input: z.object({ workspaceId: idSchema, fileName, data: base64File }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.clearLogo': {
    summary: 'Remove the logo.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.setReferenceDoc': {
    summary: 'Use the styles of a .docx (as a reference document) for every export of the workspace.',
    input: z.object({ workspaceId: idSchema, fileName, data: base64File }).strict(),
    output: houseStyleViewSchema,
  },
  'houseStyle.clearReferenceDoc': {
    summary: 'Stop using the reference document.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: houseStyleViewSchema,
  },
  'export.start': {
    summary: 'Start a Word export off the request path; poll export.status for progress.',
    input: z.object({ source: exportSourceSchema }).strict(),
    output: exportJobSchema,
  },
  'export.status': {
    summary: 'Progress of an export started with export.start.',
    input: z.object({ jobId: idSchema }).strict(),
    output: exportJobSchema,
  },
  'export.download': {
    summary: 'The .docx of a finished export.',
    input: z.object({ jobId: idSchema }).strict(),
    output: exportedFileSchema,
  },
  'export.open': {
    summary: 'Open a finished export in the default word processor of this computer.',
    input: z.object({ jobId: idSchema }).strict(),
    output: z.object({ opened: z.literal(true), path: z.string() }),
  },
  'export.docx': {
    summary: 'Export a document to Word in the house style of its workspace, and wait for it.',
    input: z
      .object({ workspaceId: idSchema, document: storedDocumentSchema, cover: coverOverridesSchema.optional() })
      .strict(),
    output: exportedFileSchema,
  },
  'export.planDocx': {
    summary: 'Export a plan to Word (cover, contents, body, approval) and wait for it.',
    input: z.object({ planId: idSchema }).strict(),
    output: exportedFileSchema,
  },
  'export.riskRegisterDocx': {
    summary: 'The risk register report (summary, heatmap, register table) as Word.',
    input: z.object({ workspaceId: idSchema, siteId: idSchema.optional() }).strict(),
    output: exportedFileSchema,
  },
  'import.createPlan': {
    summary: 'Save an imported document as a new draft plan of a workspace (one transaction).',
    input: z
      .object({ workspaceId: idSchema, siteId: idSchema.nullable().default(null), document: storedDocumentSchema })
      .strict(),
    output: z.object({ planId: idSchema, title: z.string() }),
  },
  'import.docx': {
    summary: 'Read a Word .docx into a plan or template document; lists what could not be kept.',
    input: z.object({ fileName, data: base64File, target: z.enum(IMPORT_TARGETS).default('plan') }).strict(),
    output: importResultSchema,
  },
});

export { PAGE_SIZES };
