import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackReport, Workspace } from '#shared/contract';
import { TEMPLATE_KINDS, type TemplateKind } from '#shared/templates/vocabulary';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { routeHref, useRoute } from '#renderer/app/routes';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { readFileAsBase64, saveFile } from '#renderer/components/files';
import { PackReportPanel } from './PackReportPanel';
import { TemplateScreen } from './TemplateScreen';

/** The template library, or one template when the address names it. */
export function TemplatesPage({ workspace }: { workspace: Workspace }) {
  const route = useRoute();
  return route.section === 'templates' && route.itemId ? (
    <TemplateScreen workspace={workspace} templateId={route.itemId} version={route.version} />
  ) : (
    <TemplateLibrary workspace={workspace} />
  );
}

function TemplateLibrary({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [kind, setKind] = useState<TemplateKind | ''>('');
  const templates = useApiQuery('templates.list', kind ? { kind } : {});
  const importPack = useApiMutation('templates.importPack');
  const exportPack = useApiMutation('templates.exportPack');
  const [report, setReport] = useState<PackReport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // React has no prop for folder selection; the attribute is standard in Chromium and Electron.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);

  const onImport = async (files: FileList | null, onlyTemplates = false) => {
    if (!files?.length) return;
    try {
      // A chosen folder brings every file in it; only its templates belong to the pack.
      const list = [...files].filter((file) => !onlyTemplates || file.name.toLowerCase().endsWith('.md'));
      const zip = list.find((file) => file.name.toLowerCase().endsWith('.zip'));
      const texts = await Promise.all(
        list.filter((file) => file !== zip).map(async (file) => ({ name: file.name, text: await file.text() })),
      );
      const result = await importPack.mutateAsync({
        files: texts,
        ...(zip ? { zipBase64: await readFileAsBase64(zip) } : {}),
      });
      setReport(result);
    } catch (error) {
      notify('error', (error as Error).message);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
      if (folderInput.current) folderInput.current.value = '';
    }
  };

  const onExport = () =>
    exportPack.mutate(
      {},
      {
        onSuccess: (pack) => {
          saveFile(pack.fileName, 'application/zip', pack.zipBase64);
          notify('success', t('templates.exported', { count: pack.count }));
        },
        onError: (error) => notify('error', error.message),
      },
    );

  return (
    <section aria-labelledby="templates-title">
      <header className="page-header">
        <h1 id="templates-title">{t('templates.title')}</h1>
        <div className="templates-actions">
          <label className="button">
            {t('templates.import')}
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              accept=".zip,.md"
              multiple
              data-testid="template-pack-input"
              onChange={(event) => void onImport(event.target.files)}
            />
          </label>
          <label className="button">
            {t('templates.importFolder')}
            <input
              ref={folderInput}
              type="file"
              className="visually-hidden"
              multiple
              data-testid="template-folder-input"
              onChange={(event) => void onImport(event.target.files, true)}
            />
          </label>
          <button type="button" className="button" onClick={onExport} disabled={exportPack.isPending}>
            {t('templates.export')}
          </button>
        </div>
      </header>
      <p className="page-intro">{t('templates.intro')}</p>
      {report ? <PackReportPanel report={report} onClose={() => setReport(null)} /> : null}
      <div className="toolbar">
        <label className="toolbar-field">
          {t('templates.filterKind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as TemplateKind | '')}>
            <option value="">{t('templates.allKinds')}</option>
            {TEMPLATE_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`templates.kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState query={templates}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-state">{t('templates.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="templates-table">
                <caption className="visually-hidden">{t('templates.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('templates.columns.title')}</th>
                    <th scope="col">{t('templates.columns.kind')}</th>
                    <th scope="col">{t('templates.columns.version')}</th>
                    <th scope="col">{t('templates.columns.origin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((template) => (
                    <tr key={template.id}>
                      <th scope="row">
                        <a href={routeHref({ workspaceId: workspace.id, section: 'templates', itemId: template.id })}>
                          {template.title}
                        </a>
                        <p className="muted template-summary">{template.summary}</p>
                      </th>
                      <td>{t(`templates.kinds.${template.kind}`)}</td>
                      <td>
                        {template.version}
                        {template.versions.length > 1 ? (
                          <span className="muted">
                            {' '}
                            {t('templates.olderVersions', { count: template.versions.length - 1 })}
                          </span>
                        ) : null}
                      </td>
                      <td>{t(`templates.origins.${template.origin}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
