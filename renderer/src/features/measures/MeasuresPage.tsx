import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { MEASURE_STATUSES, type Measure } from '#shared/domain';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { MeasureForm } from './MeasureForm';

type SortKey = 'dueDate' | 'owner' | 'status';

/** Every measure of the workspace, by owner, status and due date; overdue ones stand out. */
export function MeasuresPage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const measures = useApiQuery('measures.list', { workspaceId: workspace.id });
  const people = useApiQuery('people.list', { workspaceId: workspace.id });
  const update = useApiMutation('measures.update');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [sortKey, setSortKey] = useState<SortKey>('dueDate');
  const [editing, setEditing] = useState<Measure | null>(null);

  const owners = useMemo(
    () => [...new Set((measures.data ?? []).map((measure) => measure.owner).filter(Boolean))].sort(),
    [measures.data],
  );
  const overdueCount = (measures.data ?? []).filter((measure) => measure.overdue).length;

  return (
    <section aria-labelledby="measures-title">
      <header className="page-header">
        <h1 id="measures-title">{t('measures.title')}</h1>
      </header>
      <p className="page-intro">
        {overdueCount ? (
          <strong className="overdue-text" data-testid="overdue-count">
            {t('measures.overdueCount', { count: overdueCount })}
          </strong>
        ) : (
          t('measures.noneOverdue')
        )}
      </p>
      <div className="toolbar" role="group" aria-label={t('measures.filters')}>
        <label className="toolbar-field">
          <span>{t('measures.owner')}</span>
          <select value={owner} onChange={(event) => setOwner(event.target.value)}>
            <option value="">{t('measures.allOwners')}</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>{t('measures.status')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('measures.allStatuses')}</option>
            {MEASURE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`measures.statuses.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>{t('measures.sortBy')}</span>
          <select value={sortKey} onChange={(event) => setSortKey(event.target.value as SortKey)}>
            <option value="dueDate">{t('measures.dueDate')}</option>
            <option value="owner">{t('measures.owner')}</option>
            <option value="status">{t('measures.status')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
          {t('measures.overdueOnly')}
        </label>
      </div>
      <QueryState query={measures}>
        {(list) => {
          const shown = list
            .filter(
              (measure) =>
                (!owner || measure.owner === owner) &&
                (!status || measure.status === status) &&
                (!overdueOnly || measure.overdue),
            )
            .sort((a, b) =>
              sortKey === 'dueDate'
                ? (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')
                : a[sortKey].localeCompare(b[sortKey]) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
            );
          return shown.length === 0 ? (
            <p className="empty-state">{t('measures.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="measures-table">
                <thead>
                  <tr>
                    <th scope="col">{t('measures.dueDate')}</th>
                    <th scope="col">{t('measures.description')}</th>
                    <th scope="col">{t('measures.risk')}</th>
                    <th scope="col">{t('measures.type')}</th>
                    <th scope="col">{t('measures.owner')}</th>
                    <th scope="col">{t('measures.status')}</th>
                    <th scope="col">{t('measures.cost')}</th>
                    <ActionsHeader />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((measure) => (
                    <tr key={measure.id} className={measure.overdue ? 'row-overdue' : undefined}>
                      <td className="nowrap">
                        {measure.dueDate ?? '–'}
                        {measure.overdue ? <span className="tag tag-danger">{t('measures.overdue')}</span> : null}
                      </td>
                      <th scope="row">{measure.description}</th>
                      <td>
                        {measure.riskTitle}
                        <span className="muted"> · {measure.siteName}</span>
                      </td>
                      <td>{t(`measures.types.${measure.type}`)}</td>
                      <td>{measure.owner}</td>
                      <td>{t(`measures.statuses.${measure.status}`)}</td>
                      <td className="nowrap">{measure.cost}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`${t('common.edit')} ${measure.description}`}
                          onClick={() => setEditing(measure)}
                        >
                          {t('common.edit')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
      <Modal open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={t('measures.editTitle')}>
        {editing ? (
          <MeasureForm
            measure={editing}
            ownerSuggestions={(people.data ?? []).map((person) => person.name)}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: editing.id, fields });
              notify('success', t('measures.saved'));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </section>
  );
}
