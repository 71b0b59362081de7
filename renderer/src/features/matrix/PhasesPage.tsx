import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import type { PhaseDefinition } from '#shared/domain';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { TextAreaField, TextField } from '#renderer/components/fields';
import { FormError } from '#renderer/components/FormError';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { issuesByPath } from '#renderer/features/risks/issue-paths';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The security phases plans use: indicators, who declares each phase, and actions on entering it. */
export function PhasesPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const phases = useApiQuery('phases.list', { workspaceId: workspace.id });
  return (
    <section aria-labelledby="phases-title">
      <header className="page-header">
        <h1 id="phases-title">{t('phases.title')}</h1>
      </header>
      <p className="page-intro">{t('phases.intro')}</p>
      <QueryState query={phases}>
        {(saved) => <PhasesForm key={JSON.stringify(saved)} workspaceId={workspace.id} saved={saved} />}
      </QueryState>
    </section>
  );
}

interface Draft {
  name: string;
  description: string;
  declaredBy: string;
  indicators: string;
  actions: string;
}

const toDraft = (phase: PhaseDefinition): Draft => ({
  name: phase.name,
  description: phase.description,
  declaredBy: phase.declaredBy,
  indicators: phase.indicators.join('\n'),
  actions: phase.actions.join('\n'),
});

function PhasesForm({ workspaceId, saved }: { workspaceId: string; saved: PhaseDefinition[] }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useApiMutation('phases.update');
  const [drafts, setDrafts] = useState<Draft[]>(saved.map(toDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const change = (index: number, key: keyof Draft) => (event: { target: { value: string } }) =>
    setDrafts(drafts.map((draft, at) => (at === index ? { ...draft, [key]: event.target.value } : draft)));

  async function save() {
    const phases = drafts.map((draft, index) => ({
      phase: index + 1,
      name: draft.name,
      description: draft.description,
      declaredBy: draft.declaredBy,
      indicators: lines(draft.indicators),
      actions: lines(draft.actions),
    }));
    const missing = phases.findIndex((phase) => !phase.name.trim());
    if (missing >= 0) {
      setErrors({ [`phases.${missing}.name`]: t('phases.nameRequired') });
      setFailure(t('errors.fixFields'));
      return;
    }
    try {
      await update.mutateAsync({ workspaceId, phases });
      notify('success', t('phases.saved'));
    } catch (error) {
      setErrors(issuesByPath(error));
      setFailure((error as Error).message);
    }
  }

  return (
    <div className="phases">
      <FormError message={failure} />
      {drafts.map((draft, index) => (
        <fieldset key={index} className="fieldset phase" data-testid={`phase-${index + 1}`}>
          <legend>{t('phases.phaseNumber', { number: index + 1, name: draft.name })}</legend>
          <div className="field-row">
            <TextField
              label={t('phases.name')}
              maxLength={120}
              value={draft.name}
              error={errors[`phases.${index}.name`]}
              onChange={change(index, 'name')}
            />
            <TextField
              label={t('phases.declaredBy')}
              maxLength={200}
              value={draft.declaredBy}
              onChange={change(index, 'declaredBy')}
            />
          </div>
          <TextField
            label={t('phases.description')}
            maxLength={2000}
            value={draft.description}
            onChange={change(index, 'description')}
          />
          <div className="field-row">
            <TextAreaField
              label={t('phases.indicators')}
              hint={t('phases.onePerLine')}
              rows={4}
              value={draft.indicators}
              onChange={change(index, 'indicators')}
            />
            <TextAreaField
              label={t('phases.actions')}
              hint={t('phases.onePerLine')}
              rows={4}
              value={draft.actions}
              onChange={change(index, 'actions')}
            />
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={drafts.length <= 1}
          onClick={() => setDrafts(drafts.slice(0, -1))}
        >
          {t('phases.removeLast')}
        </button>
        <button
          type="button"
          className="button"
          disabled={drafts.length >= 12}
          onClick={() =>
            setDrafts([...drafts, { name: '', description: '', declaredBy: '', indicators: '', actions: '' }])
          }
        >
          {t('phases.add')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()}>
          {t('phases.save')}
        </button>
      </div>
    </div>
  );
}
