import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site, Workspace } from '#shared/contract/workspaces';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { RowActions } from '#renderer/components/RowActions';
import { SiteForm } from './SiteForm';

function formatCoordinates(site: Site): string {
  return site.latitude === null || site.longitude === null
    ? ''
    : `${site.latitude.toFixed(4)}, ${site.longitude.toFixed(4)}`;
}

export function SitesPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  const createSite = useApiMutation('sites.create');
  const updateSite = useApiMutation('sites.update');
  const deleteSite = useApiMutation('sites.delete');
  const [editing, setEditing] = useState<Site | 'new' | null>(null);

  return (
    <section aria-labelledby="sites-title">
      <header className="page-header">
        <h1 id="sites-title">{t('sites.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('sites.add')}
        </button>
      </header>
      <QueryState query={sites}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-state">{t('sites.empty')}</p>
          ) : (
            <table className="data-table" data-testid="sites-table">
              <thead>
                <tr>
                  <th scope="col">{t('sites.name')}</th>
                  <th scope="col">{t('sites.kind')}</th>
                  <th scope="col">{t('sites.address')}</th>
                  <th scope="col">{t('sites.coordinates')}</th>
                  <ActionsHeader />
                </tr>
              </thead>
              <tbody>
                {list.map((site) => (
                  <tr key={site.id}>
                    <th scope="row">{site.name}</th>
                    <td>{t(`sites.kinds.${site.kind}`)}</td>
                    <td>{site.address}</td>
                    <td className="numeric">{formatCoordinates(site)}</td>
                    <td className="row-actions">
                      <RowActions
                        name={site.name}
                        onEdit={() => setEditing(site)}
                        deleteTitle={t('sites.deleteConfirmTitle', { name: site.name })}
                        deleteBody={t('sites.deleteConfirmBody')}
                        deletedNotice={t('sites.deleted')}
                        onConfirmDelete={(callbacks) => deleteSite.mutate({ id: site.id }, callbacks)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <Modal
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === 'new' ? t('sites.addTitle') : t('sites.editTitle')}
      >
        {editing !== null ? (
          <SiteForm
            site={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              if (editing === 'new') await createSite.mutateAsync({ workspaceId: workspace.id, fields });
              else await updateSite.mutateAsync({ id: editing.id, fields });
              notify('success', t('sites.saved'));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </section>
  );
}
