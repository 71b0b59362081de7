import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '#shared/contract';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { navigate } from '#renderer/app/routes';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { useNotify } from '#renderer/components/Notices';

interface StatusControlsProps {
  plan: PlanSummary;
  /** Saves pending text first and gives the version to change from. */
  flush(): Promise<number>;
  onVersion(rowVersion: number): void;
}

/** Draft -> In review -> Approved; an approved plan changes only through a new draft edition. */
export function StatusControls({ plan, flush, onVersion }: StatusControlsProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const setStatus = useApiMutation('plans.setStatus');
  const newDraft = useApiMutation('plans.newDraft');
  const remove = useApiMutation('plans.delete');

  async function move(status: 'draft' | 'in-review' | 'approved', by: string) {
    try {
      const expectedVersion = await flush();
      const updated = await setStatus.mutateAsync({ id: plan.id, expectedVersion, status, by });
      onVersion(updated.rowVersion);
      notify('success', t('planEditor.statusChanged', { status: t(`plans.status.${updated.status}`) }));
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  async function startDraft() {
    try {
      const draft = await newDraft.mutateAsync({ id: plan.id });
      navigate({ workspaceId: plan.workspaceId, section: 'plans', itemId: draft.id });
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  async function deletePlan() {
    try {
      await remove.mutateAsync({ id: plan.id });
      notify('success', t('planEditor.deleted', { title: plan.title }));
      navigate({ workspaceId: plan.workspaceId, section: 'plans' });
    } catch (error) {
      notify('error', (error as Error).message);
    }
  }

  return (
    <div className="status-controls">
      {plan.status === 'draft' ? (
        <button type="button" className="button" onClick={() => void move('in-review', plan.preparedBy)}>
          {t('planEditor.submitForReview')}
        </button>
      ) : null}
      {plan.status === 'in-review' ? (
        <>
          <button type="button" className="button" onClick={() => void move('draft', plan.reviewedBy)}>
            {t('planEditor.backToDraft')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void move('approved', plan.approvedBy)}
          >
            {t('planEditor.approve')}
          </button>
        </>
      ) : null}
      {plan.status === 'approved' ? (
        <button type="button" className="button button-primary" onClick={() => void startDraft()}>
          {t('planEditor.newDraft')}
        </button>
      ) : null}
      <ConfirmDialog
        trigger={
          <button type="button" className="button button-quiet-danger">
            {t('planEditor.delete')}
          </button>
        }
        title={t('planEditor.deleteTitle', { title: plan.title })}
        body={t('planEditor.deleteBody')}
        confirmLabel={t('planEditor.delete')}
        onConfirm={() => void deletePlan()}
      />
    </div>
  );
}
