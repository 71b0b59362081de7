import { useTranslation } from 'react-i18next';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { QueryState } from '#renderer/components/QueryState';

export function AboutInstallation() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  return (
    <section aria-labelledby="about-title" className="panel">
      <h2 id="about-title">{t('about.title')}</h2>
      <QueryState query={info}>
        {(value) => (
          <dl className="facts facts-vertical" data-testid="about-installation">
            <div>
              <dt>{t('about.version')}</dt>
              <dd>{value.version}</dd>
            </div>
            <div>
              <dt>{t('about.schema')}</dt>
              <dd>{value.schemaVersion ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('about.transport')}</dt>
              <dd>{t(`about.transports.${value.transport}`)}</dd>
            </div>
            <div>
              <dt>{t('about.dataDir')}</dt>
              <dd className="path">{value.dataDir}</dd>
            </div>
            <div>
              <dt>{t('about.database')}</dt>
              <dd className="path">{value.databaseFile}</dd>
            </div>
          </dl>
        )}
      </QueryState>
    </section>
  );
}
