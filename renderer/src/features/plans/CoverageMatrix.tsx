import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { routeHref } from '#renderer/app/routes';
import { QueryState } from '#renderer/components/QueryState';

/** Risks x plans: which plan covers which risk; significant risks that none covers stand out. */
export function CoverageMatrix({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const coverage = useApiQuery('plans.coverage', { workspaceId: workspace.id });
  return (
    <section className="panel plan-coverage" aria-labelledby="plan-coverage-title">
      <h2 id="plan-coverage-title">{t('plans.coverage.title')}</h2>
      <QueryState query={coverage}>
        {(data) =>
          data.risks.length === 0 ? (
            <p className="empty-state">{t('plans.coverage.noRisks')}</p>
          ) : (
            <>
              <p>{t('plans.coverage.summary', { count: data.uncovered.length })}</p>
              <div className="table-scroll">
                <table className="data-table coverage-table" data-testid="coverage-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('plans.coverage.risk')}</th>
                      <th scope="col">{t('plans.coverage.level')}</th>
                      {data.plans.map((plan) => (
                        <th scope="col" key={plan.id}>
                          <a href={routeHref({ workspaceId: workspace.id, section: 'plans', itemId: plan.id })}>
                            {plan.title}
                          </a>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.risks.map((risk, riskIndex) => {
                      const uncovered = data.uncovered.includes(risk.id);
                      return (
                        <tr key={risk.id} className={uncovered ? 'coverage-gap' : undefined}>
                          <th scope="row">
                            {risk.title}
                            <span className="coverage-site"> · {risk.siteName}</span>
                            {uncovered ? <span className="coverage-flag"> {t('plans.coverage.uncovered')}</span> : null}
                          </th>
                          <td>{risk.level}</td>
                          {data.plans.map((plan, planIndex) => (
                            <td key={plan.id} className="coverage-cell">
                              {data.covered[riskIndex]?.[planIndex] ? (
                                <span aria-label={t('plans.coverage.covered')}>✓</span>
                              ) : (
                                <span className="visually-hidden">{t('plans.coverage.notCovered')}</span>
                              )}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
