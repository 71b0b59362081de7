import { z } from 'zod';
import { idSchema } from './common';
import { defineMethods } from './define';

export const REGISTER_FORMATS = ['csv', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

export const importProblemSchema = z.object({
  /** Spreadsheet row number (the header is row 1); null for problems with the whole file. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importReportSchema = z.object({
  format: z.enum(REGISTER_FORMATS),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  rejectedRows: z.number().int(),
  /** Header names that are not part of the documented column set (ignored). */
  unknownColumns: z.array(z.string()),
  /** The first problems found (at most 500); `rejectedRows` gives the full count. */
  problems: z.array(importProblemSchema),
  /** The first valid rows as they will be recorded, for the preview. */
  preview: z.array(
    z.object({
      row: z.number().int(),
      title: z.string(),
      siteName: z.string(),
      categoryLabel: z.string(),
      inherentLevel: z.string().nullable(),
      residualLevel: z.string().nullable(),
    }),
  ),
  /** Rows written: 0 for a dry run and whenever any row was rejected (nothing is half-imported). */
  imported: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const registerIoMethods = defineMethods({
  'registerIo.import': {
    summary:
      'Check (dryRun) or import a CSV/XLSX risk register; all rows or none are written, every bad row is reported.',
    input: z
      .object({
        workspaceId: idSchema,
        fileName: z.string().trim().min(1).max(260),
        contentBase64: z.string().max(90_000_000),
        /** Site for rows whose Site cell is empty (the --site option). */
        defaultSiteName: z.string().trim().max(200).optional(),
        dryRun: z.boolean().default(true),
      })
      .strict(),
    output: importReportSchema,
  },
  'registerIo.export': {
    summary: 'The risk register of a workspace as CSV (UTF-8) or XLSX.',
    input: z.object({ workspaceId: idSchema, format: z.enum(REGISTER_FORMATS) }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string(), rows: z.number().int() }),
  },
});
