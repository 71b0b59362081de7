import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { routeHref } from '#renderer/app/routes';
import { QueryState } from '#renderer/components/QueryState';
import { PlanStatusBadge } from '#renderer/features/plans/PlanStatusBadge';
import { SnippetText } from './SnippetText';

/** Full-text search over the plans (by section) and the risks of the workspace. */
export function SearchPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  // Search as the user types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useApiQuery(
    'search.query',
    { workspaceId: workspace.id, query, limit: 50 },
    { enabled: query !== '' },
  );

  return (
    <section aria-labelledby="search-title">
      <header className="page-header">
        <h1 id="search-title">{t('search.title')}</h1>
      </header>
      <form role="search" className="search-form" onSubmit={(event) => (event.preventDefault(), setQuery(text.trim()))}>
        <label htmlFor="search-input">{t('search.label')}</label>
        <input
          id="search-input"
          type="search"
          value={text}
          maxLength={500}
          autoFocus
          placeholder={t('search.placeholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      {query === '' ? (
        <p className="empty-state">{t('search.hint')}</p>
      ) : (
        <QueryState query={results}>
          {(found) => (
            <div className="search-results" data-testid="search-results">
              <h2>{t('search.plans', { count: found.plans.length })}</h2>
              {found.plans.length === 0 ? (
                <p className="empty-state">{t('search.noPlans')}</p>
              ) : (
                <ul className="search-hits">
                  {found.plans.map((hit, index) => (
                    <li key={`${hit.planId}-${index}`} data-testid="search-plan-hit">
                      <a
                        href={routeHref({ workspaceId: workspace.id, section: 'plans', itemId: hit.planId })}
                        className="search-hit-title"
                      >
                        {hit.planTitle}
                      </a>{' '}
                      <PlanStatusBadge status={hit.status} />
                      <div className="search-hit-section">{hit.section}</div>
                      <p className="search-snippet">
                        <SnippetText snippet={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <h2>{t('search.risks', { count: found.risks.length })}</h2>
              {found.risks.length === 0 ? (
                <p className="empty-state">{t('search.noRisks')}</p>
              ) : (
                <ul className="search-hits">
                  {found.risks.map((hit) => (
                    <li key={hit.riskId} data-testid="search-risk-hit">
                      <a href={routeHref({ workspaceId: workspace.id, section: 'risks' })} className="search-hit-title">
                        <SnippetText snippet={hit.title} />
                      </a>
                      <p className="search-snippet">
                        <SnippetText snippet={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </QueryState>
      )}
    </section>
  );
}
