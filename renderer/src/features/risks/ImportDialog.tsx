import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '#shared/contract/register-io';
import type { Site } from '#shared/contract/workspaces';
import { useApi } from '#renderer/api/ApiProvider';
import { SelectField } from '#renderer/components/fields';
import { readFileAsBase64 } from '#renderer/components/files';
import { FormError } from '#renderer/components/FormError';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';

interface ImportDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  workspaceId: string;
  sites: Site[];
}

interface Checked {
  fileName: string;
  contentBase64: string;
  report: ImportReport;
}

/**
 * Import in two steps: the backend checks the whole file and returns a report (nothing is
 * written); the user confirms, and only then is every row written at once.
 */
export function ImportDialog({ open, onOpenChange, workspaceId, sites }: ImportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [defaultSite, setDefaultSite] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = () => {
    setChecked(null);
    setFailure(null);
    setBusy(null);
  };

  async function check(file: File, siteName: string) {
    setBusy('checking');
    setFailure(null);
    setChecked(null);
    try {
      const contentBase64 = await readFileAsBase64(file);
      const report = await api.call('registerIo.import', {
        workspaceId,
        fileName: file.name,
        contentBase64,
        defaultSiteName: siteName || undefined,
        dryRun: true,
      });
      setChecked({ fileName: file.name, contentBase64, report });
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function confirm() {
    if (!checked) return;
    setBusy('importing');
    try {
      const report = await api.call('registerIo.import', {
        workspaceId,
        fileName: checked.fileName,
        contentBase64: checked.contentBase64,
        defaultSiteName: defaultSite || undefined,
        dryRun: false,
      });
      if (report.imported > 0) {
        notify('success', t('registerIo.imported', { count: report.imported }));
        reset();
        onOpenChange(false);
      } else {
        setChecked({ ...checked, report });
      }
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const report = checked?.report;
  const canImport = report !== undefined && report.problems.length === 0 && report.validRows > 0;

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title={t('registerIo.importTitle')}
      description={t('registerIo.importDescription')}
    >
      <div className="form import-dialog" aria-busy={busy !== null}>
        <SelectField
          label={t('registerIo.defaultSite')}
          hint={t('registerIo.defaultSiteHint')}
          value={defaultSite}
          options={[
            { value: '', label: t('registerIo.noDefaultSite') },
            ...sites.map((site) => ({ value: site.name, label: site.name })),
          ]}
          onChange={(event) => setDefaultSite(event.target.value)}
        />
        <div className="field">
          <label htmlFor="register-import-file">{t('registerIo.file')}</label>
          <input
            id="register-import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void check(file, defaultSite);
            }}
          />
        </div>
        {busy ? (
          <p className="loading" role="status">
            {busy === 'checking' ? t('registerIo.checking') : t('registerIo.importing')}
          </p>
        ) : null}
        <FormError message={failure} />
        {report ? (
          <div className="import-report" data-testid="import-report">
            <p role="status">
              {t('registerIo.summary', {
                total: report.totalRows,
                valid: report.validRows,
                rejected: report.rejectedRows,
              })}
            </p>
            {report.unknownColumns.length ? (
              <p className="field-hint">
                {t('registerIo.unknownColumns', { columns: report.unknownColumns.join(', ') })}
              </p>
            ) : null}
            {report.problems.length ? (
              <>
                <p className="form-error">{t('registerIo.fixFirst')}</p>
                <table className="data-table" data-testid="import-problems">
                  <caption className="visually-hidden">{t('registerIo.problems')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('registerIo.row')}</th>
                      <th scope="col">{t('registerIo.column')}</th>
                      <th scope="col">{t('registerIo.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.problems.map((problem, index) => (
                      <tr key={index}>
                        <td className="numeric">{problem.row ?? t('registerIo.wholeFile')}</td>
                        <td>{problem.column ?? ''}</td>
                        <td>{problem.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
            {report.preview.length ? (
              <table className="data-table" data-testid="import-preview">
                <caption>{t('registerIo.preview', { shown: report.preview.length, valid: report.validRows })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registerIo.row')}</th>
                    <th scope="col">{t('risks.columns.title')}</th>
                    <th scope="col">{t('risks.columns.site')}</th>
                    <th scope="col">{t('risks.columns.category')}</th>
                    <th scope="col">{t('risks.columns.inherent')}</th>
                    <th scope="col">{t('risks.columns.residual')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.preview.map((row) => (
                    <tr key={row.row}>
                      <td className="numeric">{row.row}</td>
                      <th scope="row">{row.title}</th>
                      <td>{row.siteName}</td>
                      <td>{row.categoryLabel}</td>
                      <td>{row.inherentLevel ?? ''}</td>
                      <td>{row.residualLevel ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!canImport || busy !== null}
            onClick={() => void confirm()}
          >
            {report && canImport
              ? t('registerIo.confirm', { count: report.validRows })
              : t('registerIo.confirmDisabled')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
