import { useTranslation } from 'react-i18next';
import type { PackReport } from '#shared/contract';

/** What an imported pack did: imported versions, conflicts by id and version, rejected files. */
export function PackReportPanel({ report, onClose }: { report: PackReport; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel template-pack-report" aria-labelledby="pack-report-title" data-testid="pack-report">
      <h2 id="pack-report-title">{t('templates.report.title')}</h2>
      <p>
        {t('templates.report.summary', {
          imported: report.imported.length,
          conflicts: report.conflicts.length,
          rejected: report.rejected.length,
        })}
      </p>
      {report.imported.length ? (
        <>
          <h3>{t('templates.report.imported')}</h3>
          <ul>
            {report.imported.map((item) => (
              <li key={item.file}>
                {item.id} {item.version} <span className="muted">({item.file})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.conflicts.length ? (
        <>
          <h3>{t('templates.report.conflicts')}</h3>
          <ul>
            {report.conflicts.map((item) => (
              <li key={item.file}>
                {item.id} {item.version} <span className="muted">({item.file})</span>:{' '}
                {item.reason === 'identical' ? t('templates.report.identical') : t('templates.report.different')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.rejected.length ? (
        <>
          <h3>{t('templates.report.rejected')}</h3>
          <ul>
            {report.rejected.flatMap((item) =>
              item.problems.map((problem, index) => (
                <li key={`${item.file}-${index}`}>
                  <code>
                    {item.file}:{problem.line}:{problem.column}
                  </code>{' '}
                  {problem.message}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
      <button type="button" className="button" onClick={onClose}>
        {t('templates.report.close')}
      </button>
    </section>
  );
}
