import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskView } from '#shared/contract/risks';
import { isOverdue, todayIso, type Measure } from '#shared/domain';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { useNotify } from '#renderer/components/Notices';
import { RowActions } from '#renderer/components/RowActions';
import { MeasureForm } from '#renderer/features/measures/MeasureForm';

/** The measures of one risk, with adding, editing and deleting in place (inside the risk's dialog). */
export function RiskMeasures({ risk, ownerSuggestions }: { risk: RiskView; ownerSuggestions: string[] }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useApiMutation('measures.create');
  const update = useApiMutation('measures.update');
  const remove = useApiMutation('measures.delete');
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  const today = todayIso();

  if (editing !== null) {
    return (
      <MeasureForm
        measure={editing === 'new' ? undefined : editing}
        ownerSuggestions={ownerSuggestions}
        onCancel={() => setEditing(null)}
        onSubmit={async (fields) => {
          if (editing === 'new') await create.mutateAsync({ riskId: risk.id, fields });
          else await update.mutateAsync({ id: editing.id, fields });
          notify('success', t('measures.saved'));
          setEditing(null);
        }}
      />
    );
  }

  return (
    <div className="risk-measures">
      {risk.measures.length === 0 ? (
        <p className="empty-state">{t('measures.noneForRisk')}</p>
      ) : (
        <table className="data-table" data-testid="risk-measures">
          <thead>
            <tr>
              <th scope="col">{t('measures.description')}</th>
              <th scope="col">{t('measures.type')}</th>
              <th scope="col">{t('measures.owner')}</th>
              <th scope="col">{t('measures.dueDate')}</th>
              <th scope="col">{t('measures.status')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {risk.measures.map((measure) => {
              const overdue = isOverdue(measure.dueDate, measure.status, today);
              return (
                <tr key={measure.id} className={overdue ? 'row-overdue' : undefined}>
                  <th scope="row">{measure.description}</th>
                  <td>{t(`measures.types.${measure.type}`)}</td>
                  <td>{measure.owner}</td>
                  <td className="nowrap">
                    {measure.dueDate ?? '–'}
                    {overdue ? <span className="tag tag-danger">{t('measures.overdue')}</span> : null}
                  </td>
                  <td>{t(`measures.statuses.${measure.status}`)}</td>
                  <td className="row-actions">
                    <RowActions
                      name={measure.description}
                      onEdit={() => setEditing(measure)}
                      deleteTitle={t('measures.deleteConfirmTitle')}
                      deleteBody={measure.description}
                      deletedNotice={t('measures.deleted')}
                      onConfirmDelete={(callbacks) => remove.mutate({ id: measure.id }, callbacks)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('measures.add')}
        </button>
      </div>
    </div>
  );
}
