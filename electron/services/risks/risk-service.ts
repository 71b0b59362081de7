import type { Api } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import { isOverdue, validateAcceptanceRule, validateMatrix } from '#shared/domain';
import { createMeasureRepository, createRiskRepository } from '#electron/db/repositories/risks';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound, raise } from '#electron/services/errors';
import type { ServiceDeps } from '#electron/services/ports';
import { invalidFields, riskFieldIssues } from './field-checks';
import { createRegisterSettings } from './register-settings';
import { currentLevelKeys, toRiskView, type ViewContext } from './risk-view';

type RiskApi = Pick<
  Api,
  | 'risks.list'
  | 'risks.get'
  | 'risks.create'
  | 'risks.update'
  | 'risks.delete'
  | 'risks.acknowledgeLevels'
  | 'measures.list'
  | 'measures.create'
  | 'measures.update'
  | 'measures.delete'
  | 'matrix.get'
  | 'matrix.update'
  | 'matrix.acceptanceRule'
  | 'matrix.updateAcceptanceRule'
  | 'categories.list'
  | 'categories.update'
  | 'phases.list'
  | 'phases.update'
>;

export function createRiskService({ db, events, today }: ServiceDeps): RiskApi {
  const risks = createRiskRepository(db);
  const measures = createMeasureRepository(db);
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);
  const settings = createRegisterSettings(db);

  const requireWorkspace = (id: string) => workspaces.get(id) ?? raise(notFound('Workspace', id));
  const requireRisk = (id: string) => risks.get(id) ?? raise(notFound('Risk', id));
  const changed = (entity: string, workspaceId: string) => events.emit('data.changed', { entity, workspaceId });
  const viewContext = (workspaceId: string): ViewContext => ({
    matrix: settings.matrix(workspaceId),
    rule: settings.acceptanceRule(workspaceId),
    categories: settings.categories(workspaceId),
    today: today(),
  });
  const view = (id: string) => {
    const record = requireRisk(id);
    return toRiskView(record, viewContext(record.workspaceId));
  };
  const checkFields = (workspaceId: string, fields: Parameters<typeof riskFieldIssues>[0]) => {
    const issues = riskFieldIssues(fields, {
      siteIds: new Set(sites.listByWorkspace(workspaceId).map((site) => site.id)),
      categories: settings.categories(workspaceId),
      matrix: settings.matrix(workspaceId),
    });
    if (issues.length) throw invalidFields(issues);
  };

  return {
    'risks.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      const context = viewContext(workspaceId);
      return risks.listByWorkspace(workspaceId).map((record) => toRiskView(record, context));
    },
    'risks.get': ({ id }) => view(id),
    'risks.create': ({ workspaceId, fields }) => {
      requireWorkspace(workspaceId);
      checkFields(workspaceId, fields);
      // Saving is seeing: the levels shown now become the ones a later matrix change compares with.
      const id = risks.insert(workspaceId, fields, currentLevelKeys(settings.matrix(workspaceId), fields));
      changed('risk', workspaceId);
      return view(id);
    },
    'risks.update': ({ id, fields }) => {
      const existing = requireRisk(id);
      checkFields(existing.workspaceId, fields);
      risks.update(id, fields, currentLevelKeys(settings.matrix(existing.workspaceId), fields));
      changed('risk', existing.workspaceId);
      return view(id);
    },
    'risks.delete': ({ id }) => {
      const existing = requireRisk(id);
      risks.delete(id);
      changed('risk', existing.workspaceId);
      return { deleted: true };
    },
    'risks.acknowledgeLevels': ({ workspaceId, ids }) => {
      requireWorkspace(workspaceId);
      const matrix = settings.matrix(workspaceId);
      const wanted = ids ? new Set(ids) : null;
      let acknowledged = 0;
      db.transaction(() => {
        for (const record of risks.listByWorkspace(workspaceId)) {
          if (wanted && !wanted.has(record.id)) continue;
          const now = currentLevelKeys(matrix, record);
          if (now.inherent === record.seenLevels.inherent && now.residual === record.seenLevels.residual) continue;
          risks.setSeenLevels(record.id, now);
          acknowledged += 1;
        }
      })();
      if (acknowledged) changed('risk', workspaceId);
      return { acknowledged };
    },

    'measures.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      const date = today();
      return risks
        .listByWorkspace(workspaceId)
        .flatMap((risk) =>
          risk.measures.map((measure) => ({
            ...measure,
            riskTitle: risk.title,
            siteName: risk.siteName,
            overdue: isOverdue(measure.dueDate, measure.status, date),
          })),
        )
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    },
    'measures.create': ({ riskId, fields }) => {
      const risk = requireRisk(riskId);
      const created = measures.insert(riskId, fields);
      changed('measure', risk.workspaceId);
      return created;
    },
    'measures.update': ({ id, fields }) => {
      const existing = measures.get(id) ?? raise(notFound('Measure', id));
      const updated = measures.update(id, fields) ?? raise(notFound('Measure', id));
      changed('measure', requireRisk(existing.riskId).workspaceId);
      return updated;
    },
    'measures.delete': ({ id }) => {
      const existing = measures.get(id) ?? raise(notFound('Measure', id));
      const risk = requireRisk(existing.riskId);
      measures.delete(id);
      changed('measure', risk.workspaceId);
      return { deleted: true };
    },

    'matrix.get': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return settings.matrix(workspaceId);
    },
    'matrix.update': ({ workspaceId, matrix }) => {
      requireWorkspace(workspaceId);
      const problems = validateMatrix(matrix);
      if (problems.length) {
        throw new ApiFailure('INVALID_INPUT', `The matrix cannot be saved: ${problems[0]!.message}`, {
          issues: problems.map((problem) => ({ path: ['matrix', problem.path], message: problem.message })),
        });
      }
      // Levels the rule names but the new matrix lacks would make the rule meaningless: drop them.
      const rule = settings.acceptanceRule(workspaceId);
      const keys = new Set(matrix.levels.map((level) => level.key));
      const keptRule = Object.fromEntries(Object.entries(rule).filter(([key]) => keys.has(key)));
      db.transaction(() => {
        settings.write(workspaceId, 'matrix_json', matrix);
        settings.write(workspaceId, 'acceptance_rule_json', keptRule);
      })();
      const changedRiskIds = risks
        .listByWorkspace(workspaceId)
        .filter((record) => {
          const now = currentLevelKeys(matrix, record);
          return now.inherent !== record.seenLevels.inherent || now.residual !== record.seenLevels.residual;
        })
        .map((record) => record.id);
      changed('matrix', workspaceId);
      return { matrix, changedRiskIds };
    },
    'matrix.acceptanceRule': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return settings.acceptanceRule(workspaceId);
    },
    'matrix.updateAcceptanceRule': ({ workspaceId, rule }) => {
      requireWorkspace(workspaceId);
      const problems = validateAcceptanceRule(rule, settings.matrix(workspaceId));
      if (problems.length) {
        throw new ApiFailure('INVALID_INPUT', `The acceptance rule cannot be saved: ${problems.join(' ')}`, {
          issues: problems.map((message) => ({ path: ['rule'], message })),
        });
      }
      settings.write(workspaceId, 'acceptance_rule_json', rule);
      changed('matrix', workspaceId);
      return rule;
    },

    'categories.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return settings.categories(workspaceId);
    },
    'categories.update': ({ workspaceId, categories }) => {
      requireWorkspace(workspaceId);
      const keys = categories.map((category) => category.key);
      const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
      if (duplicate) throw new ApiFailure('INVALID_INPUT', `The category key "${duplicate}" is used twice.`);
      const missing = risks.categoryKeysInUse(workspaceId).filter((key) => !keys.includes(key));
      if (missing.length) {
        throw new ApiFailure(
          'CONFLICT',
          `Risks still use the categories ${missing.map((key) => `"${key}"`).join(', ')}: change those risks first.`,
          { keys: missing },
        );
      }
      settings.write(workspaceId, 'categories_json', categories);
      changed('category', workspaceId);
      return categories;
    },

    'phases.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return settings.phases(workspaceId);
    },
    'phases.update': ({ workspaceId, phases }) => {
      requireWorkspace(workspaceId);
      const misnumbered = phases.findIndex((phase, index) => phase.phase !== index + 1);
      if (misnumbered >= 0) {
        throw new ApiFailure('INVALID_INPUT', `Phases are numbered 1 to ${phases.length} in order.`, {
          issues: [{ path: ['phases', String(misnumbered), 'phase'], message: `Should be ${misnumbered + 1}` }],
        });
      }
      settings.write(workspaceId, 'phases_json', phases);
      changed('phase', workspaceId);
      return phases;
    },
  };
}
