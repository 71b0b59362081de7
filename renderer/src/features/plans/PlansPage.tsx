import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { navigate, routeHref, useRoute } from '#renderer/app/routes';
import { QueryState } from '#renderer/components/QueryState';
import { CoverageMatrix } from './CoverageMatrix';
import { NewPlanWizard } from './NewPlanWizard';
import { PlanScreen } from './PlanScreen';
import { PlanStatusBadge } from './PlanStatusBadge';

/** The plans of a workspace, or the plan named in the address. */
export function PlansPage({ workspace }: { workspace: Workspace }) {
  const route = useRoute();
  const planId = route.section === 'plans' ? route.itemId : undefined;
  if (planId) return <PlanScreen key={planId} workspace={workspace} planId={planId} />;
  return <PlanList workspace={workspace} />;
}

function PlanList({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const plans = useApiQuery('plans.list', { workspaceId: workspace.id });
  const [creating, setCreating] = useState(false);
  const date = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="plans-title">
      <header className="page-header">
        <h1 id="plans-title">{t('plans.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          {t('plans.new')}
        </button>
      </header>
      <QueryState query={plans}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-state">{t('plans.empty')}</p>
          ) : (
            <table className="data-table" data-testid="plans-table">
              <thead>
                <tr>
                  <th scope="col">{t('plans.columns.title')}</th>
                  <th scope="col">{t('plans.columns.site')}</th>
                  <th scope="col">{t('plans.columns.status')}</th>
                  <th scope="col">{t('plans.columns.edition')}</th>
                  <th scope="col">{t('plans.columns.template')}</th>
                  <th scope="col">{t('plans.columns.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      <a href={routeHref({ workspaceId: workspace.id, section: 'plans', itemId: plan.id })}>
                        {plan.title}
                      </a>
                    </th>
                    <td>{plan.siteName || t('plans.wholeWorkspace')}</td>
                    <td>
                      <PlanStatusBadge status={plan.status} />
                    </td>
                    <td className="numeric">{plan.edition}</td>
                    <td>
                      {plan.templateId} {plan.templateVersion}
                    </td>
                    <td>{date(plan.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <CoverageMatrix workspace={workspace} />
      {creating ? (
        <NewPlanWizard
          workspace={workspace}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate({ workspaceId: workspace.id, section: 'plans', itemId: id });
          }}
        />
      ) : null}
    </section>
  );
}
