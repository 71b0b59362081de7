import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { QueryState } from '#renderer/components/QueryState';
import { ExportToWordButton } from '#renderer/features/export/ExportToWordButton';

/** The built-in template the sample is made from: it holds every kind of block a plan prints. */
const SAMPLE_TEMPLATE_ID = 'site-security-plan';

/**
 * Exports a real plan to check the house style on: the built-in site security plan, filled in by
 * the plan generator with the workspace's first site and its risks. Nothing is saved.
 */
export function SampleExportButton({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  const risks = useApiQuery('risks.list', { workspaceId: workspace.id });
  const siteId = sites.data?.[0]?.id ?? null;
  const riskIds = (risks.data ?? []).filter((risk) => risk.siteId === siteId).map((risk) => risk.id);
  const sample = useApiQuery(
    'plans.preview',
    { workspaceId: workspace.id, siteId, templateId: SAMPLE_TEMPLATE_ID, riskIds, title: '' },
    { enabled: sites.isSuccess && risks.isSuccess },
  );
  return (
    <QueryState query={sample}>
      {({ document }) => (
        <ExportToWordButton
          testId="export-sample"
          label={t('houseStyle.sampleButton')}
          source={{
            kind: 'document',
            workspaceId: workspace.id,
            document,
            cover: { title: t('houseStyle.sampleTitle') },
          }}
        />
      )}
    </QueryState>
  );
}
