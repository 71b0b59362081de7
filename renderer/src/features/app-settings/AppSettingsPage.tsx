import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MINUTES, type AppPreferences } from '#shared/contract/preferences';
import type { SecurityStatus } from '#shared/contract/security';
import { useApi, useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { FormError } from '#renderer/components/FormError';
import { TextField } from '#renderer/components/fields';
import { formatSize, readFileAsBase64, saveFile } from '#renderer/components/files';
import { useNotify } from '#renderer/components/Notices';
import { QueryState } from '#renderer/components/QueryState';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { flushAllUnsaved } from '#renderer/app/unsaved-work';
import { AboutInstallation } from '#renderer/features/settings/AboutInstallation';
import { NewPassphraseForm } from '#renderer/features/security/NewPassphraseForm';

/**
 * Installation-wide settings, the same whichever workspace is open: the passphrase and locking,
 * the backups, moving the data to another computer, and where the data lives.
 */
export function AppSettingsPage() {
  const { t } = useTranslation();
  const status = useApiQuery('security.status', {});
  const preferences = useApiQuery('app.preferences.get', {});
  return (
    <section aria-labelledby="app-settings-title" className="app-settings">
      <header className="page-header">
        <h1 id="app-settings-title">{t('appSettings.title')}</h1>
      </header>
      <QueryState query={status}>
        {(current) => (
          <QueryState query={preferences}>
            {(prefs) => (
              <>
                <SecuritySection status={current} preferences={prefs} />
                <BackupsSection preferences={prefs} />
                <MoveSection />
              </>
            )}
          </QueryState>
        )}
      </QueryState>
      <AboutInstallation />
    </section>
  );
}

function SecuritySection({ status, preferences }: { status: SecurityStatus; preferences: AppPreferences }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const setPreferences = useApiMutation('app.preferences.set');
  const [current, setCurrent] = useState('');
  const [minutes, setMinutes] = useState(String(preferences.security.idleLockMinutes));
  const idle = useFormSubmit();

  async function saveIdle(event: FormEvent) {
    event.preventDefault();
    const value = Number(minutes);
    const local: Record<string, string> = {};
    if (!Number.isInteger(value) || value < IDLE_LOCK_MINUTES.min || value > IDLE_LOCK_MINUTES.max) {
      local.idleLockMinutes = t('appSettings.idleRange', IDLE_LOCK_MINUTES);
    }
    if (await idle.submit(local, () => setPreferences.mutateAsync({ security: { idleLockMinutes: value } }))) {
      notify('success', t('appSettings.saved'));
    }
  }

  return (
    <section className="panel" aria-labelledby="security-title">
      <h2 id="security-title">{t('appSettings.security')}</h2>
      {status.encrypted ? (
        <p className="status-ok" data-testid="encryption-state">
          {t('appSettings.encrypted')}
        </p>
      ) : (
        <p className="status-warning" role="note" data-testid="encryption-state">
          {t('appSettings.notEncrypted')}
        </p>
      )}

      {status.encrypted ? (
        <>
          <h3>{t('appSettings.changePassphrase')}</h3>
          <NewPassphraseForm
            submitLabel={t('appSettings.changePassphrase')}
            busyLabel={t('security.setup.working')}
            before={
              <TextField
                label={t('appSettings.currentPassphrase')}
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(event) => setCurrent(event.target.value)}
              />
            }
            onSubmit={async (next) => {
              await api.call('security.changePassphrase', { current, next });
              setCurrent('');
              notify('success', t('appSettings.passphraseChanged'));
            }}
          />
        </>
      ) : (
        <>
          <h3>{t('appSettings.encryptTitle')}</h3>
          <p>{t('appSettings.encryptBody')}</p>
          <NewPassphraseForm
            submitLabel={t('appSettings.encrypt')}
            busyLabel={t('security.setup.working')}
            onSubmit={async (passphrase) => {
              await flushAllUnsaved();
              await api.call('security.setPassphrase', { passphrase });
              notify('success', t('appSettings.encryptedNow'));
            }}
          />
        </>
      )}

      {status.encrypted ? (
        <form onSubmit={(event) => void saveIdle(event)} noValidate aria-label={t('appSettings.idleTitle')}>
          <h3>{t('appSettings.idleTitle')}</h3>
          <FormError message={idle.failure} />
          <TextField
            label={t('appSettings.idleMinutes')}
            hint={t('appSettings.idleHint')}
            type="number"
            min={IDLE_LOCK_MINUTES.min}
            max={IDLE_LOCK_MINUTES.max}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={idle.errors.idleLockMinutes}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={idle.busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      ) : null}

      {status.encrypted && status.canRemember ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={preferences.security.rememberOnDevice}
            onChange={(event) =>
              setPreferences.mutate(
                { security: { rememberOnDevice: event.target.checked } },
                { onError: (error) => notify('error', error.message) },
              )
            }
          />
          <span>
            {t('appSettings.remember')}
            <span className="field-hint">{t('appSettings.rememberHint')}</span>
          </span>
        </label>
      ) : null}
    </section>
  );
}

function BackupsSection({ preferences }: { preferences: AppPreferences }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const backups = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const setPreferences = useApiMutation('app.preferences.set');
  const [daily, setDaily] = useState(String(preferences.backups.keepDaily));
  const [weekly, setWeekly] = useState(String(preferences.backups.keepWeekly));
  const keep = useFormSubmit();

  return (
    <section className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('appSettings.backups')}</h2>
      <p>{t('appSettings.backupsBody')}</p>
      <div className="form-actions form-actions-start">
        <button
          type="button"
          className="button button-primary"
          disabled={create.isPending}
          onClick={() =>
            create.mutate(
              {},
              {
                onSuccess: () => notify('success', t('appSettings.backedUp')),
                onError: (error) => notify('error', error.message),
              },
            )
          }
        >
          {t('appSettings.backUpNow')}
        </button>
      </div>
      <QueryState query={backups}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('appSettings.noBackups')}</p>
          ) : (
            <table className="data-table" aria-label={t('appSettings.backups')}>
              <thead>
                <tr>
                  <th scope="col">{t('appSettings.backupDate')}</th>
                  <th scope="col">{t('appSettings.backupReason')}</th>
                  <th scope="col">{t('appSettings.backupSize')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((backup) => (
                  <tr key={backup.fileName}>
                    <td>{new Date(backup.createdAt).toLocaleString()}</td>
                    <td>{t(`security.backupReason.${backup.reason}`)}</td>
                    <td>{formatSize(backup.size)}</td>
                    <td>
                      <ConfirmDialog
                        trigger={
                          <button type="button" className="button button-small">
                            {t('appSettings.restore')}
                          </button>
                        }
                        title={t('appSettings.restoreTitle')}
                        body={t('appSettings.restoreBody', { date: new Date(backup.createdAt).toLocaleString() })}
                        confirmLabel={t('appSettings.restore')}
                        onConfirm={() =>
                          void flushAllUnsaved().then(() =>
                            restore.mutate(
                              { fileName: backup.fileName },
                              {
                                onSuccess: () => notify('success', t('appSettings.restored')),
                                onError: (error) => notify('error', error.message),
                              },
                            ),
                          )
                        }
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <form
        noValidate
        aria-label={t('appSettings.keepTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          void keep
            .submit({}, () =>
              setPreferences.mutateAsync({ backups: { keepDaily: Number(daily), keepWeekly: Number(weekly) } }),
            )
            .then((ok) => ok && notify('success', t('appSettings.saved')));
        }}
      >
        <h3>{t('appSettings.keepTitle')}</h3>
        <FormError message={keep.failure} />
        <div className="field-row">
          <TextField
            label={t('appSettings.keepDaily')}
            type="number"
            min={1}
            value={daily}
            onChange={(event) => setDaily(event.target.value)}
            error={keep.errors.keepDaily}
          />
          <TextField
            label={t('appSettings.keepWeekly')}
            type="number"
            min={0}
            value={weekly}
            onChange={(event) => setWeekly(event.target.value)}
            error={keep.errors.keepWeekly}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={keep.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function MoveSection() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [copyPassphrase, setCopyPassphrase] = useState('');
  const importing = useFormSubmit();

  return (
    <section className="panel" aria-labelledby="move-title">
      <h2 id="move-title">{t('appSettings.move')}</h2>
      <p>{t('appSettings.moveBody')}</p>
      <h3>{t('appSettings.exportTitle')}</h3>
      <NewPassphraseForm
        submitLabel={t('appSettings.export')}
        busyLabel={t('appSettings.exporting')}
        onSubmit={async (passphrase) => {
          await flushAllUnsaved();
          const copy = await api.call('backups.exportCopy', { passphrase });
          saveFile(copy.fileName, 'application/octet-stream', copy.data);
          notify('success', t('appSettings.exported', { name: copy.fileName }));
        }}
      />
      <form
        noValidate
        aria-label={t('appSettings.importTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          const local: Record<string, string> = {};
          if (!file) local.data = t('appSettings.chooseFile');
          if (!copyPassphrase) local.passphrase = t('security.unlock.empty');
          void importing
            .submit(local, async () => {
              await flushAllUnsaved();
              await api.call('backups.importCopy', { data: await readFileAsBase64(file!), passphrase: copyPassphrase });
            })
            .then((ok) => {
              if (!ok) return;
              setCopyPassphrase('');
              notify('success', t('appSettings.imported'));
            });
        }}
      >
        <h3>{t('appSettings.importTitle')}</h3>
        <p className="field-hint">{t('appSettings.importHint')}</p>
        <FormError message={importing.failure} />
        <TextField
          label={t('appSettings.copyFile')}
          type="file"
          accept=".cplandb"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          error={importing.errors.data}
        />
        <TextField
          label={t('appSettings.copyPassphrase')}
          type="password"
          autoComplete="off"
          value={copyPassphrase}
          onChange={(event) => setCopyPassphrase(event.target.value)}
          error={importing.errors.passphrase}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={importing.busy}>
            {t('appSettings.import')}
          </button>
        </div>
      </form>
    </section>
  );
}
