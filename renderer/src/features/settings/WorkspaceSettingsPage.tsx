import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { useNotify } from '#renderer/components/Notices';
import { WorkspaceForm } from '#renderer/features/workspaces/WorkspaceForm';
import { AboutInstallation } from './AboutInstallation';

export function WorkspaceSettingsPage({ workspace, onDeleted }: { workspace: Workspace; onDeleted(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useApiMutation('workspaces.update');
  const remove = useApiMutation('workspaces.delete');
  return (
    <section aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('workspace.settingsTitle')}</h1>
      </header>
      <div className="panel">
        <WorkspaceForm
          key={workspace.id}
          initial={workspace}
          submitLabel={t('common.save')}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: workspace.id, fields });
            notify('success', t('workspace.saved'));
          }}
        />
      </div>
      <section className="panel panel-danger" aria-labelledby="danger-title">
        <h2 id="danger-title">{t('workspace.dangerZone')}</h2>
        <p>{t('workspace.deleteExplain')}</p>
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-danger">
              {t('workspace.dangerZone')}
            </button>
          }
          title={t('workspace.deleteConfirmTitle', { name: workspace.name })}
          body={t('workspace.deleteConfirmBody', { sites: workspace.siteCount })}
          confirmLabel={t('common.delete')}
          onConfirm={() =>
            remove.mutate(
              { id: workspace.id },
              {
                onSuccess: () => {
                  notify('success', t('workspace.deleted'));
                  onDeleted();
                },
                onError: (error) => notify('error', error.message),
              },
            )
          }
        />
      </section>
      <AboutInstallation />
    </section>
  );
}
