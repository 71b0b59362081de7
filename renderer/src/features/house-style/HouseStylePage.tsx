import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseStyleView, ImportResult } from '../../../../shared/contract/export';
import type { Workspace } from '../../../../shared/contract/workspaces';
import { everyNodeDocument } from '../../../../shared/export/fixture-documents';
import { useApiMutation, useApiQuery } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notices';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/fields';
import { ExportToWordButton } from '../export/ExportToWordButton';
import { ImportWordDialog } from '../export/ImportWordDialog';
import { planHref } from '../plans/plan-route';
import { HouseStyleFiles } from './HouseStyleFiles';
import { HouseStyleForm } from './HouseStyleForm';

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
  const [imported, setImported] = useState<{ result: ImportResult; fileName: string; planId: string } | null>(null);
  return (
    <section className="panel" aria-labelledby="word-import-title">
      <h2 id="word-import-title">{t('houseStyle.importTitle')}</h2>
      <p>{t('houseStyle.importExplain')}</p>
      <ImportWordDialog
        target="plan"
        acceptLabel={t('houseStyle.importAccept')}
        onImported={async (result, fileName) => {
          const created = await createPlan.mutateAsync({
            workspaceId: workspace.id,
            siteId: null,
            document: result.document,
          });
          setImported({ result, fileName, planId: created.planId });
          notify('success', t('houseStyle.importedPlan', { title: created.title }));
        }}
      />
      {imported ? (
        <div className="word-imported" data-testid="word-imported">
          <p>
            {t('houseStyle.importedReady', { name: imported.fileName, title: imported.result.document.meta.title })}{' '}
            <a href={planHref(workspace.id, imported.planId)}>{t('houseStyle.openImportedPlan')}</a>
          </p>
          <ExportToWordButton
            testId="export-imported"
            label={t('houseStyle.importedExport')}
            source={{ kind: 'plan', planId: imported.planId }}
          />
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
                <ExportToWordButton
                  testId="export-sample"
                  label={t('houseStyle.sampleButton')}
                  source={{
                    kind: 'document',
                    workspaceId: workspace.id,
                    document: everyNodeDocument(),
                    cover: { title: t('houseStyle.sampleTitle') },
                  }}
                />
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
