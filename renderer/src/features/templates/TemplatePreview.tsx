import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail, Workspace } from '#shared/contract';
import { useApiQuery } from '#renderer/api/ApiProvider';
import { QueryState } from '#renderer/components/QueryState';
import { DocumentEditor } from '#renderer/editor/DocumentEditor';

const ignore = () => undefined;

/**
 * The template filled in with this workspace's register, through the plan generator, for one of
 * its sites and the risks the template applies to. Nothing is saved.
 */
export function TemplatePreview({ workspace, detail }: { workspace: Workspace; detail: TemplateDetail }) {
  const { t } = useTranslation();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  const risks = useApiQuery('risks.list', { workspaceId: workspace.id });
  const [chosenSite, setChosenSite] = useState<string | null>(null);
  const applies = detail.meta.appliesTo;
  const relevant = (risks.data ?? []).filter((risk) => !applies.length || applies.includes(risk.categoryKey));
  const countAt = (id: string) => relevant.filter((risk) => risk.siteId === id).length;
  // Until the user picks one, show the site where the template has the most to say.
  const busiest = [...(sites.data ?? [])].sort((a, b) => countAt(b.id) - countAt(a.id))[0];
  const siteId = chosenSite ?? busiest?.id ?? null;
  const riskIds = relevant.filter((risk) => !siteId || risk.siteId === siteId).map((risk) => risk.id);
  const preview = useApiQuery(
    'plans.preview',
    { workspaceId: workspace.id, siteId, templateId: detail.meta.id, riskIds, title: '' },
    { enabled: detail.latest && sites.isSuccess && risks.isSuccess },
  );

  if (!detail.latest)
    return (
      <div className="template-preview">
        <p className="muted">{t('templates.previewOlder')}</p>
        <div className="template-document">
          <DocumentEditor
            value={detail.document}
            onChange={ignore}
            mode="template"
            readOnly
            label={detail.meta.title}
          />
        </div>
      </div>
    );

  return (
    <div className="template-preview" data-testid="template-preview">
      <div className="toolbar">
        <label className="toolbar-field">
          {t('templates.previewSite')}
          <select value={siteId ?? ''} onChange={(event) => setChosenSite(event.target.value || null)}>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('templates.previewRisks', { count: riskIds.length, workspace: workspace.name })}</p>
      </div>
      <QueryState query={preview}>
        {({ document }) => (
          <div className="template-document">
            <DocumentEditor
              key={`${siteId}-${riskIds.join(',')}`}
              value={document}
              onChange={ignore}
              mode="plan"
              readOnly
              label={t('templates.previewLabel', { title: detail.meta.title })}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}
