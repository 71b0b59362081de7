import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskView } from '../../../../shared/contract/risks';
import { isOverdue, todayIso, type Measure } from '../../../../shared/domain';
import { useApiMutation } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notices';
import { MeasureForm } from '../measures/MeasureForm';

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
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
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
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`${t('common.edit')} ${measure.description}`}
                      onClick={() => setEditing(measure)}
                    >
                      {t('common.edit')}
                    </button>
                    <ConfirmDialog
                      trigger={
                        <button
                          type="button"
                          className="button button-small button-quiet-danger"
                          aria-label={`${t('common.delete')} ${measure.description}`}
                        >
                          {t('common.delete')}
                        </button>
                      }
                      title={t('measures.deleteConfirmTitle')}
                      body={measure.description}
                      confirmLabel={t('common.delete')}
                      onConfirm={() =>
                        remove.mutate(
                          { id: measure.id },
                          {
                            onSuccess: () => notify('success', t('measures.deleted')),
                            onError: (error) => notify('error', error.message),
                          },
                        )
                      }
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
