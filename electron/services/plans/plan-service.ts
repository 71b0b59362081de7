import type { Api, Plan, PlanStatus, PlanSummary } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import type { StoredDocument } from '#shared/document/nodes';
import { storedDocumentSchema } from '#shared/document/schema';
import { documentParts, headOf, sectionPart } from '#shared/document/sections';
import { coverageMatrix, generatePlan, planHealth, referencedRiskIds, suggestTemplates } from '#shared/generate';
import {
  createPlanRepository,
  type RevisionPolicy,
  type SectionWrite,
  type VersionedWrite,
} from '#electron/db/repositories/plans';
import { notFound, raise } from '#electron/services/errors';
import type { PlanIndexPort, RegisterReaderPort, ServiceDeps, TemplateLibraryPort } from '#electron/services/ports';
import { loadPlanContext } from './plan-context';

type PlanApi = Pick<
  Api,
  | 'plans.list'
  | 'plans.get'
  | 'plans.suggestTemplates'
  | 'plans.preview'
  | 'plans.generate'
  | 'plans.save'
  | 'plans.saveSections'
  | 'plans.updateDetails'
  | 'plans.setStatus'
  | 'plans.newDraft'
  | 'plans.delete'
  | 'plans.versions'
  | 'plans.saveVersion'
  | 'plans.getRevision'
  | 'plans.restoreRevision'
  | 'plans.health'
  | 'plans.coverage'
>;

export interface PlanServiceDeps extends ServiceDeps {
  /** The register, read through its services (so levels come out exactly as the register shows them). */
  register: RegisterReaderPort;
  templates: TemplateLibraryPort;
  index: PlanIndexPort;
  revisions?: RevisionPolicy;
}

const FROZEN = new Set(['approved', 'superseded']);

/** Draft -> In review -> Approved (or back to Draft); approved plans change only via a new draft. */
const NEXT_STATUS: Record<PlanStatus, ReadonlyArray<'draft' | 'in-review' | 'approved'>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  approved: [],
  superseded: [],
};

function parseDocument(json: string, where: string): StoredDocument {
  try {
    return JSON.parse(json) as StoredDocument;
  } catch {
    throw new ApiFailure('INTERNAL', `The stored document of ${where} is not readable JSON.`);
  }
}

/** Generated documents are checked before they are stored: a bad template must not store a bad plan. */
function checkGenerated(document: StoredDocument, templateId: string): StoredDocument {
  const parsed = storedDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(
      'INVALID_INPUT',
      `Template "${templateId}" produced an invalid plan at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  // Stored in the form every later save arrives in (through the same schema), so that re-saving
  // an unchanged document compares equal.
  return parsed.data;
}

export function createPlanService(deps: PlanServiceDeps): PlanApi {
  const { db, events, today, register, templates, index } = deps;
  const plans = createPlanRepository(db, deps.revisions);

  const requirePlan = (id: string): PlanSummary => plans.get(id) ?? raise(notFound('Plan', id));
  const changed = (workspaceId: string) => events.emit('data.changed', { entity: 'plan', workspaceId });

  function unwrap<T>(result: VersionedWrite<T>, id: string): T {
    if (result.ok) return result.value;
    if (result.reason === 'missing') throw notFound('Plan', id);
    if (result.reason === 'invalid') throw new ApiFailure('INVALID_INPUT', result.message);
    throw new ApiFailure(
      'CONFLICT',
      'This plan was changed elsewhere (another window or person) since you opened it. Reload it to see the latest version; your change was not saved.',
      { currentVersion: result.current },
    );
  }

  function refuseFrozen(plan: PlanSummary): void {
    if (FROZEN.has(plan.status)) {
      throw new ApiFailure(
        'CONFLICT',
        `"${plan.title}" is ${plan.status === 'approved' ? 'approved' : 'superseded'} and frozen. Start a new draft to change it.`,
        { status: plan.status },
      );
    }
  }

  function loadTemplate(templateId: string) {
    return (
      templates.load(templateId) ??
      raise(new ApiFailure('NOT_FOUND', `There is no template "${templateId}" in the library.`, { id: templateId }))
    );
  }

  async function build(input: Parameters<PlanApi['plans.generate']>[0]) {
    const template = loadTemplate(input.templateId);
    const context = await loadPlanContext(register, {
      workspaceId: input.workspaceId,
      siteId: input.siteId,
      riskIds: input.riskIds,
      today: today(),
      // A generated plan is the first edition; the officer fills in the other plan facts.
      plan: { version: '1' },
    });
    const document = generatePlan(template.document, context, {
      templateId: template.meta.id,
      templateVersion: template.meta.version,
      ...(input.title ? { title: input.title } : {}),
      kind: template.meta.kind,
    });
    return { template, document: checkGenerated(document, template.meta.id) };
  }

  /**
   * The one write path of a plan's document (whole saves and section saves). Saving exactly what is
   * stored changes nothing, so it is no conflict even when stale or frozen (checked only then:
   * reading the document back on every autosave would cost time).
   */
  function saveSections(id: string, expectedVersion: number, head: string | undefined, sections: SectionWrite[]) {
    const plan = requirePlan(id);
    const stale = expectedVersion !== plan.rowVersion;
    if ((stale || FROZEN.has(plan.status)) && plans.isStored(id, head, sections, stale)) {
      return { rowVersion: plan.rowVersion, updatedAt: plan.updatedAt };
    }
    refuseFrozen(plan);
    const result = unwrap(plans.saveSections(id, expectedVersion, head, sections), id);
    index.schedule(id);
    changed(plan.workspaceId);
    return result;
  }

  function fullPlan(summary: PlanSummary): Plan {
    const json = plans.document(summary.id) ?? raise(notFound('Plan document', summary.id));
    const available = summary.templateId ? templates.load(summary.templateId) !== undefined : false;
    return {
      ...summary,
      document: parseDocument(json, `plan ${summary.id}`),
      riskIds: plans.riskIds(summary.id),
      templateAvailable: available,
    };
  }

  return {
    'plans.list': ({ workspaceId }) => plans.list(workspaceId),
    'plans.get': ({ id }) => fullPlan(requirePlan(id)),

    'plans.suggestTemplates': async ({ workspaceId, riskIds }) => {
      const library = templates.list();
      const [risks, matrix] = await Promise.all([
        register['risks.list']({ workspaceId }),
        register['matrix.get']({ workspaceId }),
      ]);
      const wanted = new Set(riskIds);
      const selected = risks
        .filter((risk) => wanted.has(risk.id))
        .map((risk) => ({
          category: risk.categoryKey,
          categoryLabel: risk.categoryLabel,
          level: risk.currentLevel?.key ?? risk.inherentLevel?.key ?? '',
        }));
      return suggestTemplates(library, selected, matrix);
    },

    'plans.preview': async (input) => ({ document: (await build(input)).document }),

    'plans.generate': async (input) => {
      const { template, document } = await build(input);
      const summary = plans.insert(
        {
          workspaceId: input.workspaceId,
          siteId: input.siteId,
          kind: document.meta.kind,
          title: document.meta.title,
          templateId: template.meta.id,
          templateVersion: template.meta.version,
        },
        documentParts(document),
        [...new Set([...input.riskIds, ...referencedRiskIds(document)])],
      );
      index.schedule(summary.id);
      changed(input.workspaceId);
      return fullPlan(summary);
    },

    'plans.save': ({ id, expectedVersion, document }) => {
      const { head, sections } = documentParts(document);
      return saveSections(id, expectedVersion, head, sections);
    },

    // Only the sent blocks were validated (by the contract); kept sections were validated when stored.
    'plans.saveSections': ({ id, expectedVersion, head, sections }) =>
      saveSections(
        id,
        expectedVersion,
        head && headOf(head),
        sections.map((section) => ('blocks' in section ? sectionPart(section.blocks) : section)),
      ),

    'plans.updateDetails': ({ id, expectedVersion, fields }) => {
      const plan = requirePlan(id);
      refuseFrozen(plan);
      const updated = unwrap(plans.updateDetails(id, expectedVersion, fields), id);
      changed(plan.workspaceId);
      return updated;
    },

    'plans.setStatus': ({ id, expectedVersion, status, by }) => {
      const plan = requirePlan(id);
      refuseFrozen(plan);
      if (!NEXT_STATUS[plan.status].includes(status)) {
        throw new ApiFailure(
          'CONFLICT',
          `"${plan.title}" is ${plan.status}; it can move to ${NEXT_STATUS[plan.status].join(' or ')}, not to ${status}.`,
          { status: plan.status },
        );
      }
      if (status === 'approved' && !by.trim() && !plan.approvedBy.trim()) {
        throw new ApiFailure(
          'INVALID_INPUT',
          `Name the official who approves "${plan.title}" (Approved by) before approving it.`,
          { issues: [{ path: ['by'], message: 'Required to approve' }] },
        );
      }
      const updated = db.transaction(() => {
        if (plan.status === 'in-review') plans.markReviewed(id, today());
        const result = unwrap(plans.setStatus(id, expectedVersion, status, by, today()), id);
        // Approving a new edition retires the one it replaces.
        if (status === 'approved' && plan.previousId) plans.supersede(plan.previousId);
        return result;
      })();
      changed(plan.workspaceId);
      return plans.get(updated.id)!;
    },

    'plans.newDraft': ({ id }) => {
      const plan = requirePlan(id);
      if (plan.status !== 'approved') {
        throw new ApiFailure(
          'CONFLICT',
          `Only an approved plan needs a new draft; "${plan.title}" can be edited directly.`,
        );
      }
      const parts = plans.parts(id) ?? raise(notFound('Plan document', id));
      const draft = plans.insert(
        {
          workspaceId: plan.workspaceId,
          siteId: plan.siteId,
          kind: plan.kind,
          title: plan.title,
          templateId: plan.templateId,
          templateVersion: plan.templateVersion,
          edition: plan.edition + 1,
          previousId: plan.id,
          reviewDate: plan.reviewDate,
          preparedBy: plan.preparedBy,
        },
        parts,
        plans.riskIds(id),
      );
      index.schedule(draft.id);
      changed(plan.workspaceId);
      return draft;
    },

    'plans.delete': ({ id }) => {
      const plan = requirePlan(id);
      plans.delete(id);
      changed(plan.workspaceId);
      return { deleted: true };
    },

    'plans.versions': ({ id }) => {
      requirePlan(id);
      return plans.revisions(id);
    },
    'plans.saveVersion': ({ id, name }) => {
      const plan = requirePlan(id);
      const revision = plans.saveNamedVersion(id, name) ?? raise(notFound('Plan', id));
      changed(plan.workspaceId);
      return revision;
    },
    'plans.getRevision': ({ revisionId }) => {
      const revision = plans.revision(revisionId) ?? raise(notFound('Revision', String(revisionId)));
      return { ...revision, document: parseDocument(revision.document, `revision ${revisionId}`) };
    },
    'plans.restoreRevision': ({ id, revisionId, expectedVersion }) => {
      const plan = requirePlan(id);
      refuseFrozen(plan);
      const revision = plans.revision(revisionId);
      if (!revision || revision.planId !== id) throw notFound('Revision', String(revisionId));
      const document = parseDocument(revision.document, `revision ${revisionId}`);
      const result = db.transaction(() => {
        plans.snapshotNow(id);
        return unwrap(plans.saveDocument(id, expectedVersion, documentParts(document)), id);
      })();
      index.schedule(id);
      changed(plan.workspaceId);
      return result;
    },

    'plans.health': async ({ id }) => {
      const plan = requirePlan(id);
      const [risks, matrix] = await Promise.all([
        register['risks.list']({ workspaceId: plan.workspaceId }),
        register['matrix.get']({ workspaceId: plan.workspaceId }),
      ]);
      const json = plans.document(id) ?? raise(notFound('Plan document', id));
      return planHealth({
        document: parseDocument(json, `plan ${id}`),
        today: today(),
        reviewDate: plan.reviewDate,
        matrix,
        siteRisks: risks
          .filter((risk) => plan.siteId === null || risk.siteId === plan.siteId)
          .map((risk) => ({ id: risk.id, title: risk.title, level: risk.currentLevel?.label ?? '' })),
        coveredRiskIds: plans.coverage(plan.workspaceId).flatMap((entry) => entry.riskIds),
        existingRiskIds: risks.map((risk) => risk.id),
      });
    },

    'plans.coverage': async ({ workspaceId }) => {
      const [risks, matrix] = await Promise.all([
        register['risks.list']({ workspaceId }),
        register['matrix.get']({ workspaceId }),
      ]);
      const rows = risks.map((risk) => ({
        id: risk.id,
        title: risk.title,
        level: risk.currentLevel?.label ?? '',
        siteName: risk.siteName,
      }));
      const result = coverageMatrix(rows, plans.coverage(workspaceId), matrix);
      return { ...result, risks: rows };
    },
  };
}
