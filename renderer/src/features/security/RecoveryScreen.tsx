import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '#shared/contract/security';
import { useApi } from '#renderer/api/ApiProvider';
import { ConfirmDialog } from '#renderer/components/ConfirmDialog';
import { FormError } from '#renderer/components/FormError';
import { TextField } from '#renderer/components/fields';
import { formatSize } from '#renderer/components/files';
import { GateFrame } from './GateFrame';

/**
 * A damaged or unusable database: where it is, what is wrong, the backups there are, and the choice.
 * A backup is checked before anything is moved; the damaged file is kept either way.
 */
export function RecoveryScreen({
  status,
  onChanged,
}: {
  status: SecurityStatus;
  onChanged(next: SecurityStatus): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const backups = status.problem?.backups ?? [];
  const [chosen, setChosen] = useState<string | null>(backups[0]?.fileName ?? null);
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const needsPassphrase = status.encrypted || backups.some((backup) => backup.encrypted);

  async function recover(backup: string | null) {
    setFailure(null);
    try {
      onChanged(await api.call('security.recover', { backup, ...(passphrase ? { passphrase } : {}) }));
    } catch (error) {
      setFailure((error as Error).message);
    }
  }

  if (status.state === 'unavailable') {
    return (
      <GateFrame title={t('security.recovery.unavailableTitle')}>
        <p role="alert">{status.problem?.message}</p>
      </GateFrame>
    );
  }
  return (
    <GateFrame title={t('security.recovery.title')}>
      <p role="alert" className="form-error">
        {status.problem?.message}
      </p>
      <dl className="facts facts-vertical">
        <div>
          <dt>{t('security.recovery.damagedFile')}</dt>
          <dd className="path">{status.databaseFile}</dd>
        </div>
      </dl>
      <FormError message={failure} />
      {backups.length ? (
        <fieldset className="backup-choice">
          <legend>{t('security.recovery.backups')}</legend>
          {backups.map((backup) => (
            <label key={backup.fileName} className="radio">
              <input
                type="radio"
                name="backup"
                value={backup.fileName}
                checked={chosen === backup.fileName}
                onChange={() => setChosen(backup.fileName)}
              />
              <span>
                {new Date(backup.createdAt).toLocaleString()} · {t(`security.backupReason.${backup.reason}`)} ·{' '}
                {formatSize(backup.size)}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p>{t('security.recovery.noBackups')}</p>
      )}
      {needsPassphrase ? (
        <TextField
          label={t('security.passphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      ) : null}
      <div className="form-actions">
        <ConfirmDialog
          trigger={
            <button type="button" className="button">
              {t('security.recovery.startNew')}
            </button>
          }
          title={t('security.recovery.startNewTitle')}
          body={t('security.recovery.startNewBody')}
          confirmLabel={t('security.recovery.startNew')}
          onConfirm={() => void recover(null)}
        />
        {backups.length ? (
          <button type="button" className="button button-primary" onClick={() => void recover(chosen)}>
            {t('security.recovery.restore')}
          </button>
        ) : null}
      </div>
      <p className="field-hint">{t('security.recovery.kept')}</p>
    </GateFrame>
  );
}
