import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { QueryState } from '#renderer/components/QueryState';

export function OverviewPage({ workspace, onManageSites }: { workspace: Workspace; onManageSites(): void }) {
  const { t } = useTranslation();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  return (
    <section aria-labelledby="overview-title">
      <header className="page-header">
        <h1 id="overview-title">{workspace.name}</h1>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('overview.kind')}</dt>
          <dd>{t(`workspace.kinds.${workspace.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('overview.marking')}</dt>
          <dd>{workspace.marking ? <span className="marking">{workspace.marking}</span> : t('workspace.noMarking')}</dd>
        </div>
        <div>
          <dt>{t('overview.sites')}</dt>
          <dd>{t('workspace.siteCount', { count: workspace.siteCount })}</dd>
        </div>
      </dl>
      <p className="description">{workspace.description || t('overview.noDescription')}</p>
      <h2>{t('overview.sites')}</h2>
      <QueryState query={sites}>
        {(list) => (
          <ul className="card-list">
            {list.map((site) => (
              <li key={site.id} className="card">
                <h3>{site.name}</h3>
                <p className="card-meta">
                  {t(`sites.kinds.${site.kind}`)}
                  {site.address ? ` · ${site.address}` : ''}
                </p>
                {site.notes ? <p>{site.notes}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <button type="button" className="button" onClick={onManageSites}>
        {t('overview.manageSites')}
      </button>
    </section>
  );
}
