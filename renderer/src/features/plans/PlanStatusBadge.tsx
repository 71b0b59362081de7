import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '#shared/contract';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`plan-status plan-status-${status}`} data-testid="plan-status">
      {t(`plans.status.${status}`)}
    </span>
  );
}
