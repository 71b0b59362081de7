import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '#shared/contract';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { navigate, routeHref } from '#renderer/app/routes';
import { DocumentEditor } from '#renderer/editor/DocumentEditor';
import { flushEditorChanges } from '#renderer/editor/plugins/ChangePlugin';
import type { ResolvedRisk } from '#renderer/editor/editor-context';
import { HealthPanel } from './HealthPanel';
import { PlanDetailsPanel } from './PlanDetailsPanel';
import { PlanStatusBadge } from './PlanStatusBadge';
import { SaveIndicator } from './SaveIndicator';
import { StatusControls } from './StatusControls';
import { ExportToWordButton } from '#renderer/features/export/ExportToWordButton';
import { usePlanEditing } from './usePlanEditing';
import { VersionsPanel } from './VersionsPanel';

type Tab = 'health' | 'details' | 'versions';

/** A frozen plan is shown read-only; whatever the editor reports is not a change to save. */
const ignoreChange = () => undefined;

export function PlanScreen({ workspace, planId }: { workspace: Workspace; planId: string }) {
  const { t } = useTranslation();
  const editing = usePlanEditing(planId);
  const editorRef = useRef<LexicalEditor | null>(null);
  // Status changes and exports must carry the last keystrokes, not wait for the typing pause.
  const { flush: flushSaves } = editing;
  const flush = useCallback(() => {
    flushEditorChanges(editorRef.current);
    return flushSaves();
  }, [flushSaves]);
  const plans = useApiQuery('plans.list', { workspaceId: workspace.id });
  const risks = useApiQuery('risks.list', { workspaceId: workspace.id });
  const [tab, setTab] = useState<Tab>('health');

  // The list refreshes after every change, so status and names shown here stay current.
  const summary: PlanSummary | undefined = plans.data?.find((plan) => plan.id === planId) ?? editing.plan ?? undefined;
  const riskById = useMemo(() => risks.data && new Map(risks.data.map((risk) => [risk.id, risk])), [risks.data]);
  // Until the register has loaded, references show their snapshot rather than "deleted".
  const resolveRisk = useMemo(
    () =>
      riskById &&
      ((riskId: string): ResolvedRisk | undefined => {
        const risk = riskById.get(riskId);
        if (!risk) return undefined;
        return {
          title: risk.title,
          level: risk.currentLevel?.label ?? '',
          color: risk.currentLevel?.color ?? '#ffffff',
        };
      }),
    [riskById],
  );
  const openRisk = useCallback(
    (riskId: string) => {
      navigate({ workspaceId: workspace.id, section: 'risks', itemId: riskId });
    },
    [workspace.id],
  );

  if (editing.loadError) {
    return (
      <div className="error-state" role="alert">
        <h1>{t('planEditor.loadFailed')}</h1>
        <p>{editing.loadError}</p>
        <a className="button" href={routeHref({ workspaceId: workspace.id, section: 'plans' })}>
          {t('planEditor.backToList')}
        </a>
      </div>
    );
  }
  if (!editing.plan || !summary) return <p className="loading">{t('app.loading')}</p>;

  const frozen = summary.status === 'approved' || summary.status === 'superseded';
  const { saveState } = editing;

  return (
    <section className="plan-screen" aria-labelledby="plan-title">
      <nav aria-label={t('planEditor.breadcrumb')} className="breadcrumb">
        <a href={routeHref({ workspaceId: workspace.id, section: 'plans' })}>{t('plans.title')}</a>
      </nav>
      <header className="page-header plan-header">
        <div>
          <h1 id="plan-title">{summary.title}</h1>
          <p className="plan-meta">
            <PlanStatusBadge status={summary.status} /> {t('planEditor.edition', { edition: summary.edition })} ·{' '}
            {summary.siteName || t('plans.wholeWorkspace')} ·{' '}
            {t('planEditor.fromTemplate', { id: summary.templateId, version: summary.templateVersion })}
          </p>
        </div>
        <div className="plan-header-actions">
          <SaveIndicator state={saveState} />
          <StatusControls plan={summary} flush={flush} onVersion={editing.versionMoved} />
          <ExportToWordButton source={{ kind: 'plan', planId: summary.id }} prepare={flush} />
        </div>
      </header>
      {!editing.plan.templateAvailable ? (
        <p className="plan-notice" data-testid="template-missing">
          {t('planEditor.templateMissing', { id: summary.templateId, version: summary.templateVersion })}
        </p>
      ) : null}
      {frozen ? (
        <p className="plan-notice" data-testid="plan-frozen">
          {t(summary.status === 'approved' ? 'planEditor.frozenApproved' : 'planEditor.frozenSuperseded')}
        </p>
      ) : null}
      {saveState.kind === 'conflict' ? (
        <div className="plan-notice plan-notice-error" role="alert" data-testid="save-conflict">
          <p>{saveState.message}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void editing.reload()}>
              {t('planEditor.conflictReload')}
            </button>
            <button type="button" className="button button-danger" onClick={() => void editing.keepMine()}>
              {t('planEditor.conflictKeepMine')}
            </button>
          </div>
        </div>
      ) : null}
      {saveState.kind === 'error' ? (
        <div className="plan-notice plan-notice-error" role="alert">
          <p>{saveState.message}</p>
          <button type="button" className="button" onClick={() => void flush()}>
            {t('planEditor.retrySave')}
          </button>
        </div>
      ) : null}
      <div className="plan-workspace">
        <div className="plan-document">
          <DocumentEditor
            value={editing.plan.document}
            onChange={frozen ? ignoreChange : editing.onChange}
            mode="plan"
            readOnly={frozen}
            resolveRisk={resolveRisk}
            onOpenRisk={openRisk}
            outline
            label={summary.title}
            editorRef={editorRef}
          />
        </div>
        <aside className="plan-side" aria-label={t('planEditor.sidePanel')}>
          <div role="tablist" aria-label={t('planEditor.sidePanel')} className="plan-tabs">
            {(['health', 'details', 'versions'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`plan-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`plan-tabpanel-${name}`}
                className="plan-tab"
                onClick={() => setTab(name)}
              >
                {t(`planEditor.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`plan-tabpanel-${tab}`}
            aria-labelledby={`plan-tab-${tab}`}
            className="plan-tabpanel"
          >
            {tab === 'health' ? <HealthPanel planId={planId} /> : null}
            {tab === 'details' ? (
              <PlanDetailsPanel plan={summary} frozen={frozen} flush={flush} onVersion={editing.versionMoved} />
            ) : null}
            {tab === 'versions' ? (
              <VersionsPanel
                plan={summary}
                frozen={frozen}
                flush={editing.flush}
                onRestored={() => void editing.reload()}
              />
            ) : null}
          </div>
        </aside>
      </div>
    </section>
  );
}
