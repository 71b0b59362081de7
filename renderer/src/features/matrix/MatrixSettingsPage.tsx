import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { MATRIX_PRESETS, validateMatrix, type RiskMatrix } from '#shared/domain';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { FormError } from '#renderer/components/FormError';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { AcceptanceRuleEditor } from './AcceptanceRuleEditor';
import { CategoriesEditor } from './CategoriesEditor';
import { MatrixEditor } from './MatrixEditor';

/** One matrix per workspace: start from a preset, edit, see problems at once, save. */
export function MatrixSettingsPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const matrix = useApiQuery('matrix.get', { workspaceId: workspace.id });
  const rule = useApiQuery('matrix.acceptanceRule', { workspaceId: workspace.id });
  const categories = useApiQuery('categories.list', { workspaceId: workspace.id });
  return (
    <section aria-labelledby="matrix-title">
      <header className="page-header">
        <h1 id="matrix-title">{t('matrix.title')}</h1>
      </header>
      <p className="page-intro">{t('matrix.intro')}</p>
      <QueryState query={matrix}>
        {(saved) => <MatrixForm key={JSON.stringify(saved)} workspaceId={workspace.id} saved={saved} />}
      </QueryState>
      {matrix.data && rule.data ? (
        <AcceptanceRuleEditor
          key={JSON.stringify([matrix.data.levels, rule.data])}
          workspaceId={workspace.id}
          matrix={matrix.data}
          rule={rule.data}
        />
      ) : null}
      {categories.data ? (
        <CategoriesEditor
          key={JSON.stringify(categories.data)}
          workspaceId={workspace.id}
          categories={categories.data}
        />
      ) : null}
    </section>
  );
}

function MatrixForm({ workspaceId, saved }: { workspaceId: string; saved: RiskMatrix }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useApiMutation('matrix.update');
  const [draft, setDraft] = useState<RiskMatrix>(saved);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = validateMatrix(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  return (
    <div className="panel">
      <div className="toolbar" role="group" aria-label={t('matrix.presets')}>
        <span>{t('matrix.startFrom')}</span>
        {(Object.keys(MATRIX_PRESETS) as Array<keyof typeof MATRIX_PRESETS>).map((name) => (
          <button
            key={name}
            type="button"
            className="button button-small"
            onClick={() => setDraft(structuredClone(MATRIX_PRESETS[name]))}
          >
            {t('matrix.preset', { name })}
          </button>
        ))}
      </div>
      <MatrixEditor matrix={draft} onChange={setDraft} />
      {problems.length ? (
        <div className="form-error" role="alert" data-testid="matrix-problems">
          <p>{t('matrix.problems', { count: problems.length })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormError message={failure} />
      <div className="form-actions">
        <button type="button" className="button" disabled={!dirty} onClick={() => setDraft(saved)}>
          {t('matrix.discard')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!dirty || problems.length > 0 || update.isPending}
          onClick={() => {
            void (async () => {
              // Saving re-keys this form with the stored matrix, so callbacks tied to it would be lost: await instead.
              try {
                const result = await update.mutateAsync({ workspaceId, matrix: draft });
                notify('success', t('matrix.saved', { count: result.changedRiskIds.length }));
              } catch (error) {
                setFailure((error as Error).message);
              }
            })();
          }}
        >
          {t('matrix.save')}
        </button>
      </div>
    </div>
  );
}
