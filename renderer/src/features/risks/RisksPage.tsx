import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskView } from '#shared/contract/risks';
import type { Workspace } from '#shared/contract/workspaces';
import { useApi, useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { navigate, routeHref, useRoute } from '#renderer/app/routes';
import { saveFile } from '#renderer/components/files';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { RowActions } from '#renderer/components/RowActions';
import { ImportDialog } from './ImportDialog';
import { NO_FILTERS, filterRisks, needsAcceptanceAttention, type RegisterFilters } from './register-filters';
import { RegisterToolbar } from './RegisterToolbar';
import { RiskForm } from './RiskForm';
import { RiskHeatmaps } from './RiskHeatmap';
import { RiskMeasures } from './RiskMeasures';
import { RiskRegisterTable, type CoveringPlans } from './RiskRegisterTable';

/** The risk register: heatmaps, filters, the table, and the dialogs to record and assess risks. */
export function RisksPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const api = useApi();
  const workspaceId = workspace.id;
  const risks = useApiQuery('risks.list', { workspaceId });
  const sites = useApiQuery('sites.list', { workspaceId });
  const categories = useApiQuery('categories.list', { workspaceId });
  const matrix = useApiQuery('matrix.get', { workspaceId });
  const rule = useApiQuery('matrix.acceptanceRule', { workspaceId });
  const people = useApiQuery('people.list', { workspaceId });
  const coverage = useApiQuery('plans.coverage', { workspaceId });
  const coveringPlans = useMemo<CoveringPlans>(() => {
    const byRisk = new Map<string, Array<{ id: string; title: string }>>();
    const data = coverage.data;
    data?.risks.forEach((risk, row) => {
      const plans = data.plans.filter((_, column) => data.covered[row]?.[column]);
      if (plans.length) byRisk.set(risk.id, plans);
    });
    return byRisk;
  }, [coverage.data]);
  const planLink = (planId: string) => routeHref({ workspaceId, section: 'plans', itemId: planId });
  const createRisk = useApiMutation('risks.create');
  const updateRisk = useApiMutation('risks.update');
  const deleteRisk = useApiMutation('risks.delete');
  const acknowledge = useApiMutation('risks.acknowledgeLevels');

  const [filters, setFilters] = useState<RegisterFilters>(NO_FILTERS);
  // Typing in the search box stays fluid on large registers: filtering follows at lower priority.
  const deferredFilters = useDeferredValue(filters);
  const shown = useMemo(() => filterRisks(risks.data ?? [], deferredFilters), [risks.data, deferredFilters]);
  const [editing, setEditing] = useState<RiskView | 'new' | null>(null);
  const [measuresOf, setMeasuresOf] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  // A link to one risk (from a risk reference in a plan) opens it, once, when the register has loaded.
  const route = useRoute();
  const linkedRiskId = route.section === 'risks' ? (route.itemId ?? null) : null;
  const linkedRisk = linkedRiskId ? risks.data?.find((risk) => risk.id === linkedRiskId) : undefined;
  const linkMissing = linkedRiskId !== null && risks.data !== undefined && linkedRisk === undefined;
  const openedLink = useRef<string | null>(null);
  useEffect(() => {
    if (linkedRiskId === null) openedLink.current = null;
    if (!linkedRisk || openedLink.current === linkedRisk.id) return;
    openedLink.current = linkedRisk.id;
    setEditing(linkedRisk);
  }, [linkedRiskId, linkedRisk]);
  const closeEditing = () => {
    setEditing(null);
    // Leave the risk's address, so that closing is not undone by a reload.
    if (linkedRiskId !== null) navigate({ workspaceId, section: 'risks' }, { replace: true });
  };

  async function exportAs(format: 'csv' | 'xlsx') {
    try {
      const file = await api.call('registerIo.export', { workspaceId, format });
      saveFile(file.fileName, file.mimeType, file.contentBase64);
      notify('success', t('registerIo.exported', { count: file.rows }));
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  const ready = {
    isPending: risks.isPending || sites.isPending || categories.isPending || matrix.isPending || rule.isPending,
    error: risks.error ?? sites.error ?? categories.error ?? matrix.error ?? rule.error,
    data:
      risks.data && sites.data && categories.data && matrix.data && rule.data
        ? { risks: risks.data, sites: sites.data, categories: categories.data, matrix: matrix.data, rule: rule.data }
        : undefined,
    refetch: () =>
      Promise.all([risks.refetch(), sites.refetch(), categories.refetch(), matrix.refetch(), rule.refetch()]),
  };
  const ownerSuggestions = (people.data ?? []).map((person) => person.name);

  return (
    <section aria-labelledby="risks-title">
      <header className="page-header">
        <h1 id="risks-title">{t('risks.title')}</h1>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('registerIo.import')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('csv')}>
            {t('registerIo.exportCsv')}
          </button>
          <button type="button" className="button" onClick={() => void exportAs('xlsx')}>
            {t('registerIo.exportXlsx')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing('new')}
            disabled={(sites.data ?? []).length === 0}
          >
            {t('risks.add')}
          </button>
        </div>
      </header>
      <QueryState query={ready}>
        {(data) => {
          const changed = data.risks.filter((risk) => risk.levelChanged);
          const attention = data.risks.filter(needsAcceptanceAttention);
          const expired = data.risks.filter((risk) => risk.acceptanceState === 'expired');
          const measuresRisk = data.risks.find((risk) => risk.id === measuresOf);
          return (
            <>
              {linkMissing ? (
                <div className="panel panel-warning" role="alert" data-testid="risk-link-missing">
                  <p>{t('risks.linkedRiskMissing')}</p>
                  <a className="button" href={routeHref({ workspaceId, section: 'risks' })}>
                    {t('risks.linkedRiskDismiss')}
                  </a>
                </div>
              ) : null}
              {data.sites.length === 0 ? <p className="empty-state">{t('risks.noSites')}</p> : null}
              {changed.length ? (
                <div className="panel panel-warning" role="status" data-testid="level-changes">
                  <p>{t('risks.levelChangedBanner', { count: changed.length })}</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      acknowledge.mutate({ workspaceId }, { onError: (error) => notify('error', error.message) })
                    }
                  >
                    {t('risks.acknowledge')}
                  </button>
                </div>
              ) : null}
              <div className="register-summary">
                <button
                  type="button"
                  className="summary-chip"
                  aria-pressed={filters.acceptance === 'attention'}
                  onClick={() =>
                    setFilters({ ...filters, acceptance: filters.acceptance === 'attention' ? '' : 'attention' })
                  }
                >
                  {t('risks.needAcceptance', { count: attention.length })}
                </button>
                <button
                  type="button"
                  className="summary-chip"
                  aria-pressed={filters.acceptance === 'expired'}
                  onClick={() =>
                    setFilters({ ...filters, acceptance: filters.acceptance === 'expired' ? '' : 'expired' })
                  }
                >
                  {t('risks.expiredAcceptances', { count: expired.length })}
                </button>
              </div>
              <RiskHeatmaps
                risks={data.risks}
                matrix={data.matrix}
                selected={filters.cell}
                onSelect={(cell) => setFilters({ ...filters, cell })}
              />
              <RegisterToolbar
                filters={filters}
                onChange={setFilters}
                sites={data.sites}
                categories={data.categories}
                matrix={data.matrix}
              />
              <p className="register-count" role="status" data-testid="register-count">
                {t('risks.shownCount', { shown: shown.length, total: data.risks.length })}
                {JSON.stringify(filters) !== JSON.stringify(NO_FILTERS) ? (
                  <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
                    {t('risks.filters.clear')}
                  </button>
                ) : null}
              </p>
              {shown.length === 0 ? (
                <p className="empty-state">{data.risks.length ? t('risks.noMatch') : t('risks.empty')}</p>
              ) : (
                <RiskRegisterTable
                  risks={shown}
                  matrix={data.matrix}
                  coveringPlans={coveringPlans}
                  planHref={planLink}
                  renderActions={(risk) => (
                    <RowActions
                      name={risk.title}
                      onEdit={() => setEditing(risk)}
                      deleteTitle={t('risks.deleteConfirmTitle', { title: risk.title })}
                      deleteBody={t('risks.deleteConfirmBody')}
                      deletedNotice={t('risks.deleted')}
                      onConfirmDelete={(callbacks) => deleteRisk.mutate({ id: risk.id }, callbacks)}
                    >
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('risks.measuresOf', { title: risk.title })}
                        onClick={() => setMeasuresOf(risk.id)}
                      >
                        {t('risks.measuresButton', { count: risk.measures.length })}
                      </button>
                    </RowActions>
                  )}
                />
              )}
              <Modal
                open={editing !== null}
                onOpenChange={(open) => !open && closeEditing()}
                title={editing === 'new' ? t('risks.addTitle') : t('risks.editTitle')}
              >
                {editing !== null ? (
                  <RiskForm
                    risk={editing === 'new' ? undefined : editing}
                    sites={data.sites}
                    categories={data.categories}
                    matrix={data.matrix}
                    rule={data.rule}
                    onCancel={closeEditing}
                    onSubmit={async (fields) => {
                      if (editing === 'new') await createRisk.mutateAsync({ workspaceId, fields });
                      else await updateRisk.mutateAsync({ id: editing.id, fields });
                      notify('success', t('risks.saved'));
                      closeEditing();
                    }}
                  />
                ) : null}
              </Modal>
              <Modal
                open={measuresRisk !== undefined}
                onOpenChange={(open) => !open && setMeasuresOf(null)}
                title={t('risks.measuresTitle', { title: measuresRisk?.title ?? '' })}
              >
                {measuresRisk ? <RiskMeasures risk={measuresRisk} ownerSuggestions={ownerSuggestions} /> : null}
              </Modal>
              <ImportDialog open={importing} onOpenChange={setImporting} workspaceId={workspaceId} sites={data.sites} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
