import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { useNotify } from '#renderer/components/Notices';

/** Sample data is always labelled as such and can be removed in one step. */
export function SampleBanner({ workspace, onRemoved }: { workspace: Workspace; onRemoved(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useApiMutation('workspaces.delete');
  return (
    <div className="sample-banner" role="note" data-testid="sample-banner">
      <span>{t('sample.banner')}</span>
      <ConfirmDialog
        trigger={
          <button type="button" className="button button-small">
            {t('sample.remove')}
          </button>
        }
        title={t('sample.removeConfirmTitle')}
        body={t('sample.removeConfirmBody', { name: workspace.name })}
        confirmLabel={t('sample.remove')}
        onConfirm={() =>
          remove.mutate(
            { id: workspace.id },
            {
              onSuccess: () => {
                notify('success', t('sample.removed'));
                onRemoved();
              },
              onError: (error) => notify('error', error.message),
            },
          )
        }
      />
    </div>
  );
}
