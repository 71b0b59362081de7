import { useTranslation } from 'react-i18next';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { QueryState } from '#renderer/components/QueryState';

/** What an approver would send back, refreshed after every save. */
export function HealthPanel({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const health = useApiQuery('plans.health', { id: planId });
  return (
    <section aria-labelledby="plan-health-title" data-testid="plan-health">
      <h2 id="plan-health-title">{t('planHealth.title')}</h2>
      <QueryState query={health}>
        {(report) =>
          report.issueCount === 0 ? (
            <p className="health-ok">{t('planHealth.allGood')}</p>
          ) : (
            <>
              <p>{t('planHealth.issues', { count: report.issueCount })}</p>
              {report.reviewOverdueDays !== null ? (
                <p className="health-item health-warning">
                  {t('planHealth.reviewOverdue', { count: report.reviewOverdueDays })}
                </p>
              ) : null}
              <HealthList title={t('planHealth.unfilledFields')} testId="health-unfilled">
                {report.unfilledFields.map((field) => (
                  <li key={field.key}>
                    {field.label}
                    {field.occurrences > 1 ? ` (${t('planHealth.occurrences', { count: field.occurrences })})` : ''}
                  </li>
                ))}
              </HealthList>
              <HealthList title={t('planHealth.incompleteActions')} testId="health-actions">
                {report.incompleteActions.map((action) => (
                  <li key={`${action.table}-${action.rowId}`}>
                    {action.action || t('planHealth.untitledAction')}:{' '}
                    {action.missing.map((missing) => t(`planHealth.missing.${missing}`)).join(', ')}
                  </li>
                ))}
              </HealthList>
              <HealthList title={t('planHealth.uncoveredRisks')} testId="health-uncovered">
                {report.uncoveredRisks.map((risk) => (
                  <li key={risk.id}>
                    {risk.title} ({risk.level})
                  </li>
                ))}
              </HealthList>
              <HealthList title={t('planHealth.contactsWithoutPhone')} testId="health-contacts">
                {report.contactsWithoutPhone.map((contact) => (
                  <li key={`${contact.table}-${contact.rowId}`}>{contact.name || t('planHealth.unnamedContact')}</li>
                ))}
              </HealthList>
              <HealthList title={t('planHealth.deletedRisks')} testId="health-deleted-risks">
                {report.deletedRiskReferences.map((risk) => (
                  <li key={risk.riskId}>{risk.title}</li>
                ))}
              </HealthList>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function HealthList({ title, testId, children }: { title: string; testId: string; children: React.ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <div className="health-group" data-testid={testId}>
      <h3>
        {title} ({children.length})
      </h3>
      <ul>{children}</ul>
    </div>
  );
}
