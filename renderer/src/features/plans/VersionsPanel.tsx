import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '#shared/contract';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { TextField } from '#renderer/components/fields';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';

interface VersionsPanelProps {
  plan: PlanSummary;
  frozen: boolean;
  flush(): Promise<number>;
  onRestored(): void;
}

/** Named versions (kept forever) and the recent autosave trail, newest first. */
export function VersionsPanel({ plan, frozen, flush, onRestored }: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const versions = useApiQuery('plans.versions', { id: plan.id });
  const saveVersion = useApiMutation('plans.saveVersion');
  const restore = useApiMutation('plans.restoreRevision');
  const [name, setName] = useState('');
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function keep(event: FormEvent) {
    event.preventDefault();
    try {
      await flush();
      await saveVersion.mutateAsync({ id: plan.id, name });
      setName('');
      notify('success', t('planEditor.versions.kept'));
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  async function restoreRevision(revisionId: number) {
    try {
      const expectedVersion = await flush();
      await restore.mutateAsync({ id: plan.id, revisionId, expectedVersion });
      onRestored();
      notify('success', t('planEditor.versions.restored'));
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  return (
    <section aria-labelledby="plan-versions-title">
      <h2 id="plan-versions-title">{t('planEditor.versions.title')}</h2>
      <form onSubmit={(event) => void keep(event)} className="version-form">
        <TextField
          label={t('planEditor.versions.name')}
          hint={t('planEditor.versions.nameHint')}
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={!name.trim()}>
          {t('planEditor.versions.keep')}
        </button>
      </form>
      <QueryState query={versions}>
        {(list) => (
          <ul className="version-list" data-testid="plan-versions">
            {list.map((revision) => (
              <li key={revision.id}>
                <span className="version-name">
                  {revision.kind === 'named' ? revision.name : t('planEditor.versions.autosave')}
                </span>{' '}
                <span className="version-when">{when(revision.createdAt)}</span>
                {!frozen ? (
                  <ConfirmDialog
                    trigger={
                      <button type="button" className="button button-small">
                        {t('planEditor.versions.restore')}
                      </button>
                    }
                    title={t('planEditor.versions.restoreTitle')}
                    body={t('planEditor.versions.restoreBody')}
                    confirmLabel={t('planEditor.versions.restore')}
                    onConfirm={() => void restoreRevision(revision.id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
