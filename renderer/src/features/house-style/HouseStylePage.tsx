import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseStyleView, ImportResult } from '#shared/contract/export';
import type { Workspace } from '#shared/contract/workspaces';
import { useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { routeHref } from '#renderer/app/routes';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { SelectField } from '#renderer/components/fields';
import { ExportToWordButton } from '#renderer/features/export/ExportToWordButton';
import { ImportWordDialog } from '#renderer/features/import/ImportWordDialog';
import { HouseStyleFiles } from './HouseStyleFiles';
import { HouseStyleForm } from './HouseStyleForm';
import { importedTemplateFile } from './import-as-template';
import { SampleExportButton } from './SampleExportButton';

function settingsOf(style: HouseStyleView) {
  const { logo: _logo, referenceDoc: _referenceDoc, isDefault: _isDefault, ...settings } = style;
  return settings;
}

function RegisterReport({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  const [siteId, setSiteId] = useState('');
  return (
    <section className="panel" aria-labelledby="word-report-title">
      <h2 id="word-report-title">{t('houseStyle.reportTitle')}</h2>
      <p>{t('houseStyle.reportExplain')}</p>
      <SelectField
        label={t('houseStyle.reportSite')}
        value={siteId}
        onChange={(event) => setSiteId(event.target.value)}
        options={[
          { value: '', label: t('houseStyle.allSites') },
          ...(sites.data ?? []).map((site) => ({ value: site.id, label: site.name })),
        ]}
      />
      <ExportToWordButton
        testId="export-register"
        label={t('houseStyle.reportButton')}
        source={{ kind: 'risk-register', workspaceId: workspace.id, ...(siteId ? { siteId } : {}) }}
      />
    </section>
  );
}

function ImportPanel({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const createPlan = useApiMutation('import.createPlan');
  const importPack = useApiMutation('templates.importPack');
  const [target, setTarget] = useState<'plan' | 'template'>('plan');
  const [imported, setImported] = useState<{ fileName: string; title: string; planId: string | null } | null>(null);

  async function save(result: ImportResult, fileName: string) {
    if (target === 'plan') {
      const created = await createPlan.mutateAsync({
        workspaceId: workspace.id,
        siteId: null,
        document: result.document,
      });
      setImported({ fileName, title: created.title, planId: created.planId });
      notify('success', t('houseStyle.importedPlan', { title: created.title }));
      return;
    }
    const file = importedTemplateFile(
      result.document,
      fileName,
      new Date().toISOString().slice(0, 10),
      crypto.randomUUID().slice(0, 6),
    );
    const report = await importPack.mutateAsync({ files: [{ name: file.name, text: file.text }] });
    const problems = report.rejected.flatMap((rejected) =>
      rejected.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`),
    );
    if (report.imported.length === 0)
      throw new Error(t('houseStyle.templateRefused', { problems: problems.join('; ') || '—' }));
    setImported({ fileName, title: result.document.meta.title, planId: null });
    notify('success', t('houseStyle.importedTemplate', { id: file.id }));
  }

  return (
    <section className="panel" aria-labelledby="word-import-title">
      <h2 id="word-import-title">{t('houseStyle.importTitle')}</h2>
      <p>{t('houseStyle.importExplain')}</p>
      <SelectField
        label={t('houseStyle.importAs')}
        value={target}
        onChange={(event) => setTarget(event.target.value === 'template' ? 'template' : 'plan')}
        options={[
          { value: 'plan', label: t('houseStyle.importAsPlan') },
          { value: 'template', label: t('houseStyle.importAsTemplate') },
        ]}
      />
      <ImportWordDialog
        target={target}
        acceptLabel={target === 'plan' ? t('houseStyle.importAccept') : t('houseStyle.importAcceptTemplate')}
        onImported={save}
      />
      {imported ? (
        <div className="word-imported" data-testid="word-imported">
          {imported.planId ? (
            <>
              <p>
                {t('houseStyle.importedReady', { name: imported.fileName, title: imported.title })}{' '}
                <a href={routeHref({ workspaceId: workspace.id, section: 'plans', itemId: imported.planId })}>
                  {t('houseStyle.openImportedPlan')}
                </a>
              </p>
              <ExportToWordButton
                testId="export-imported"
                label={t('houseStyle.importedExport')}
                source={{ kind: 'plan', planId: imported.planId }}
              />
            </>
          ) : (
            <p>{t('houseStyle.importedTemplateReady', { name: imported.fileName, title: imported.title })}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** The workspace's Word settings: house style, a sample to check it, the register report, import. */
export function HouseStylePage({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const query = useApiQuery('houseStyle.get', { workspaceId: workspace.id });
  const update = useApiMutation('houseStyle.update');
  const reset = useApiMutation('houseStyle.reset');
  return (
    <section aria-labelledby="house-style-title">
      <header className="page-header">
        <h1 id="house-style-title">{t('houseStyle.title')}</h1>
      </header>
      <QueryState query={query}>
        {(style) => (
          <>
            <section className="panel" aria-labelledby="house-style-settings-title">
              <h2 id="house-style-settings-title">{t('houseStyle.settingsTitle')}</h2>
              <p>{style.isDefault ? t('houseStyle.usingDefault') : t('houseStyle.usingOwn')}</p>
              <HouseStyleForm
                key={`${workspace.id}-${style.isDefault ? 'default' : 'own'}`}
                initial={settingsOf(style)}
                workspaceMarking={workspace.marking}
                onSubmit={async (settings) => {
                  await update.mutateAsync({ workspaceId: workspace.id, settings });
                  notify('success', t('houseStyle.saved'));
                }}
              />
              <HouseStyleFiles workspaceId={workspace.id} style={style} />
              <div className="house-style-actions">
                <SampleExportButton workspace={workspace} />
                <ConfirmDialog
                  trigger={
                    <button type="button" className="button" disabled={style.isDefault}>
                      {t('houseStyle.reset')}
                    </button>
                  }
                  title={t('houseStyle.resetTitle')}
                  body={t('houseStyle.resetBody')}
                  confirmLabel={t('houseStyle.reset')}
                  onConfirm={() =>
                    reset.mutate(
                      { workspaceId: workspace.id },
                      { onSuccess: () => notify('success', t('houseStyle.resetDone')) },
                    )
                  }
                />
              </div>
            </section>
            <RegisterReport workspace={workspace} />
            <ImportPanel workspace={workspace} />
          </>
        )}
      </QueryState>
    </section>
  );
}
