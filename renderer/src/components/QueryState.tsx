import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '#renderer/api/client';

interface QueryStateProps<T> {
  query: { isPending: boolean; error: Error | null; data: T | undefined; refetch(): unknown };
  children: (data: T) => ReactNode;
}

/** Loading and failure states shown the same way on every screen. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  // A read that met a lock keeps what it showed (hidden behind the unlock screen): unmounting it
  // would drop an open editor's unsaved changes. It is read again after unlocking.
  const lockedWithData =
    query.error instanceof ApiCallError && query.error.code === 'LOCKED' && query.data !== undefined;
  if (query.error && !lockedWithData) {
    return (
      <div className="error-state" role="alert">
        <h2>{t('errors.title')}</h2>
        <p>{query.error.message}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('errors.retry')}
        </button>
      </div>
    );
  }
  if (query.isPending || query.data === undefined) return <p className="loading">{t('app.loading')}</p>;
  return <>{children(query.data)}</>;
}
