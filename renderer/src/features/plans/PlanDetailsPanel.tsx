import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '#shared/contract';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { TextField } from '#renderer/components/fields';
import { useNotify } from '#renderer/components/Notices';

interface PlanDetailsPanelProps {
  plan: PlanSummary;
  frozen: boolean;
  flush(): Promise<number>;
  onVersion(rowVersion: number): void;
}

/** Title, next review date and the approval chain (who prepared, reviewed, approved; when). */
export function PlanDetailsPanel({ plan, frozen, flush, onVersion }: PlanDetailsPanelProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useApiMutation('plans.updateDetails');
  const [title, setTitle] = useState(plan.title);
  const [reviewDate, setReviewDate] = useState(plan.reviewDate ?? '');
  const [preparedBy, setPreparedBy] = useState(plan.preparedBy);
  const [reviewedBy, setReviewedBy] = useState(plan.reviewedBy);
  const [approvedBy, setApprovedBy] = useState(plan.approvedBy);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const expectedVersion = await flush();
      const updated = await update.mutateAsync({
        id: plan.id,
        expectedVersion,
        fields: { title, reviewDate: reviewDate || null, preparedBy, reviewedBy, approvedBy },
      });
      onVersion(updated.rowVersion);
      notify('success', t('planEditor.details.saved'));
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  const stamp = (name: string, date: string | null) => (name || date ? `${name}${date ? ` (${date})` : ''}` : '—');

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="plan-details-title">
      <h2 id="plan-details-title">{t('planEditor.details.title')}</h2>
      <fieldset disabled={frozen}>
        <TextField
          label={t('planEditor.details.planTitle')}
          value={title}
          required
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          label={t('planEditor.details.reviewDate')}
          type="date"
          value={reviewDate}
          onChange={(e) => setReviewDate(e.target.value)}
        />
        <TextField
          label={t('planEditor.details.preparedBy')}
          value={preparedBy}
          maxLength={200}
          onChange={(e) => setPreparedBy(e.target.value)}
        />
        <TextField
          label={t('planEditor.details.reviewedBy')}
          value={reviewedBy}
          maxLength={200}
          onChange={(e) => setReviewedBy(e.target.value)}
        />
        <TextField
          label={t('planEditor.details.approvedBy')}
          value={approvedBy}
          maxLength={200}
          onChange={(e) => setApprovedBy(e.target.value)}
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('planEditor.details.save')}
          </button>
        </div>
      </fieldset>
      <dl className="approval-stamps">
        <dt>{t('planEditor.details.preparedBy')}</dt>
        <dd>{stamp(plan.preparedBy, plan.preparedAt)}</dd>
        <dt>{t('planEditor.details.reviewedBy')}</dt>
        <dd>{stamp(plan.reviewedBy, plan.reviewedAt)}</dd>
        <dt>{t('planEditor.details.approvedBy')}</dt>
        <dd>{stamp(plan.approvedBy, plan.approvedAt)}</dd>
      </dl>
    </form>
  );
}
