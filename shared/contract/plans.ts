import { z } from 'zod';
import { blockNodeSchema, storedDocumentSchema } from '#shared/document/schema';
import { idSchema, isoDateTimeSchema, optionalText, requiredText } from './common';
import { defineMethods } from './define';

export const PLAN_STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written YYYY-MM-DD');
/** The row version a change starts from: a stale one is refused with CONFLICT. */
const expectedVersion = z.number().int().min(1);

/** A document without blocks (title, kind, root properties): what changes apart from the sections. */
const documentHeadSchema = storedDocumentSchema.refine((document) => document.content.root.children.length === 0, {
  message: 'The head carries no blocks; send them as sections',
  path: ['content', 'root', 'children'],
});
/**
 * One section of the document being saved: kept as section `unchanged` of the stored version the
 * save starts from, or new blocks (the only part validated node by node).
 */
const sectionEditSchema = z.union([
  z.object({ unchanged: z.number().int().min(0) }).strict(),
  z
    .object({
      blocks: z.array(blockNodeSchema).min(1).max(100_000),
    })
    .strict(),
]);
export type SectionEdit = z.infer<typeof sectionEditSchema>;
const saveSectionsInput = z
  .object({
    id: idSchema,
    expectedVersion,
    /** Left out when the head is unchanged. */
    head: documentHeadSchema.optional(),
    sections: z.array(sectionEditSchema).max(100_000),
  })
  .strict();
export type SaveSectionsInput = z.input<typeof saveSectionsInput>;

export const planSummarySchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  siteId: idSchema.nullable(),
  siteName: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  templateId: z.string(),
  templateVersion: z.string(),
  /** 1 for the first plan; each new draft of an approved plan adds one. */
  edition: z.number().int(),
  previousId: idSchema.nullable(),
  preparedBy: z.string(),
  preparedAt: z.string().nullable(),
  reviewedBy: z.string(),
  reviewedAt: z.string().nullable(),
  approvedBy: z.string(),
  approvedAt: z.string().nullable(),
  reviewDate: z.string().nullable(),
  rowVersion: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planSchema = planSummarySchema.extend({
  document: storedDocumentSchema,
  riskIds: z.array(z.string()),
  /** False when the template the plan came from is no longer in the library. */
  templateAvailable: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export const revisionSummarySchema = z.object({
  id: z.number().int(),
  planId: idSchema,
  kind: z.enum(['autosave', 'named']),
  name: z.string(),
  rowVersion: z.number().int(),
  createdAt: isoDateTimeSchema,
  /** Size of the stored document in bytes. */
  size: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const saveResultSchema = z.object({ rowVersion: z.number().int(), updatedAt: isoDateTimeSchema });
export type SaveResult = z.infer<typeof saveResultSchema>;

const healthRisk = z.object({ id: z.string(), title: z.string(), level: z.string() });
export const planHealthSchema = z.object({
  unfilledFields: z.array(z.object({ key: z.string(), label: z.string(), occurrences: z.number().int() })),
  incompleteActions: z.array(
    z.object({
      table: z.string(),
      rowId: z.string(),
      action: z.string(),
      missing: z.array(z.enum(['owner', 'deadline'])),
    }),
  ),
  uncoveredRisks: z.array(healthRisk),
  contactsWithoutPhone: z.array(z.object({ table: z.string(), rowId: z.string(), name: z.string() })),
  deletedRiskReferences: z.array(z.object({ riskId: z.string(), title: z.string() })),
  reviewOverdueDays: z.number().int().nullable(),
  issueCount: z.number().int(),
});
export type PlanHealthReport = z.infer<typeof planHealthSchema>;

export const coverageSchema = z.object({
  risks: z.array(healthRisk.extend({ siteName: z.string() })),
  plans: z.array(z.object({ id: z.string(), title: z.string() })),
  covered: z.array(z.array(z.boolean())),
  uncovered: z.array(z.string()),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const templateSuggestionSchema = z.object({
  templateId: z.string(),
  title: z.string(),
  kind: z.string(),
  version: z.string(),
  score: z.number(),
  /** Why it is suggested, e.g. the categories of the selected risks it applies to. */
  reasons: z.array(z.string()),
});
export type TemplateSuggestion = z.infer<typeof templateSuggestionSchema>;

const generateInput = z
  .object({
    workspaceId: idSchema,
    siteId: idSchema.nullable(),
    templateId: requiredText(200),
    riskIds: z.array(idSchema).max(5000),
    title: optionalText(300),
  })
  .strict();
export type GeneratePlanInput = z.input<typeof generateInput>;

export const planDetailsSchema = z
  .object({
    title: requiredText(300),
    reviewDate: isoDate.nullable(),
    preparedBy: optionalText(200),
    reviewedBy: optionalText(200),
    approvedBy: optionalText(200),
  })
  .strict();
export type PlanDetails = z.input<typeof planDetailsSchema>;

export const planMethods = defineMethods({
  'plans.list': {
    summary: 'Plans of a workspace, most recently changed first.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: z.array(planSummarySchema),
  },
  'plans.get': {
    summary: 'One plan with its current document.',
    input: z.object({ id: idSchema }).strict(),
    output: planSchema,
  },
  'plans.suggestTemplates': {
    summary: "Library templates ranked by how well they fit the selected risks' categories and levels.",
    input: z.object({ workspaceId: idSchema, riskIds: z.array(idSchema).max(5000) }).strict(),
    output: z.array(templateSuggestionSchema),
  },
  'plans.preview': {
    summary: 'Generate a plan document from a template and risks without saving it.',
    input: generateInput,
    output: z.object({ document: storedDocumentSchema }),
  },
  'plans.generate': {
    summary: 'Generate a plan from a template and the selected risks, and save it as a draft.',
    input: generateInput,
    output: planSchema,
  },
  'plans.save': {
    summary: 'Save the whole document of a plan. Refused with CONFLICT when expectedVersion is stale.',
    input: z.object({ id: idSchema, expectedVersion, document: storedDocumentSchema }).strict(),
    output: saveResultSchema,
  },
  'plans.saveSections': {
    summary:
      'Save the document of a plan as its sections, sending only the changed ones (autosave). Refused with CONFLICT when expectedVersion is stale.',
    input: saveSectionsInput,
    output: saveResultSchema,
  },
  'plans.updateDetails': {
    summary: 'Change the title, review date and the names in the approval block.',
    input: z.object({ id: idSchema, expectedVersion, fields: planDetailsSchema }).strict(),
    output: planSummarySchema,
  },
  'plans.setStatus': {
    summary: 'Move a plan to Draft, In review or Approved; approving supersedes the previous edition.',
    input: z
      .object({
        id: idSchema,
        expectedVersion,
        status: z.enum(['draft', 'in-review', 'approved']),
        by: optionalText(200),
      })
      .strict(),
    output: planSummarySchema,
  },
  'plans.newDraft': {
    summary: 'Start a new draft edition from an approved plan (approved plans are frozen).',
    input: z.object({ id: idSchema }).strict(),
    output: planSummarySchema,
  },
  'plans.delete': {
    summary: 'Delete a plan with its revisions.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'plans.versions': {
    summary: 'Named versions (kept forever) and recent autosave revisions of a plan, newest first.',
    input: z.object({ id: idSchema }).strict(),
    output: z.array(revisionSummarySchema),
  },
  'plans.saveVersion': {
    summary: 'Keep the current document as a named version.',
    input: z.object({ id: idSchema, name: requiredText(200) }).strict(),
    output: revisionSummarySchema,
  },
  'plans.getRevision': {
    summary: 'The document of one revision.',
    input: z.object({ revisionId: z.number().int().min(1) }).strict(),
    output: revisionSummarySchema.extend({ document: storedDocumentSchema }),
  },
  'plans.restoreRevision': {
    summary: 'Make a revision the current document (the current one is kept as a revision first).',
    input: z.object({ id: idSchema, revisionId: z.number().int().min(1), expectedVersion }).strict(),
    output: saveResultSchema,
  },
  'plans.health': {
    summary: 'What the plan still lacks: unfilled fields, incomplete actions, uncovered risks, contacts, review date.',
    input: z.object({ id: idSchema }).strict(),
    output: planHealthSchema,
  },
  'plans.coverage': {
    summary: 'Risks x plans of a workspace: which plan covers which risk.',
    input: z.object({ workspaceId: idSchema }).strict(),
    output: coverageSchema,
  },
});

/** A snippet as text segments, the matched words flagged: clients render them without HTML. */
export const snippetSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Snippet = z.infer<typeof snippetSchema>;

export const searchResultSchema = z.object({
  plans: z.array(
    z.object({
      planId: idSchema,
      planTitle: z.string(),
      status: z.enum(PLAN_STATUSES),
      section: z.string(),
      snippet: snippetSchema,
    }),
  ),
  risks: z.array(
    z.object({
      riskId: idSchema,
      title: z.array(z.object({ text: z.string(), match: z.boolean() })),
      snippet: snippetSchema,
    }),
  ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchMethods = defineMethods({
  'search.query': {
    summary: 'Search the plans (by section) and risks of a workspace; results carry highlighted snippets.',
    input: z
      .object({
        workspaceId: idSchema,
        query: z.string().trim().min(1, 'Type something to search for').max(500),
        limit: z.number().int().min(1).max(200).default(30),
      })
      .strict(),
    output: searchResultSchema,
  },
});
