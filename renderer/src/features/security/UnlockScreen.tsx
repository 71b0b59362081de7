import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '#shared/contract/security';
import { ApiCallError } from '#renderer/api/client';
import { useApi } from '#renderer/api/ApiProvider';
import { FormError } from '#renderer/components/FormError';
import { TextField } from '#renderer/components/fields';
import { GateFrame } from './GateFrame';

/** Before any data: the passphrase, or the key kept on this device. A wrong one says so and changes nothing. */
export function UnlockScreen({ status, onChanged }: { status: SecurityStatus; onChanged(next: SecurityStatus): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function unlock(input: { passphrase?: string; useDevice?: boolean }) {
    setBusy(true);
    setError(null);
    setFailure(null);
    try {
      onChanged(await api.call('security.unlock', input));
      setPassphrase('');
    } catch (caught) {
      const known = caught instanceof ApiCallError ? caught.code : null;
      if (known === 'WRONG_PASSPHRASE' || known === 'INVALID_INPUT') setError((caught as Error).message);
      else setFailure((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function handle(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '') setError(t('security.unlock.empty'));
    else void unlock({ passphrase });
  }

  return (
    <GateFrame title={t('security.unlock.title')}>
      <p>{t('security.unlock.body')}</p>
      <form onSubmit={handle} noValidate aria-label={t('security.unlock.title')}>
        <FormError message={failure} />
        <TextField
          label={t('security.passphrase')}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={error ?? undefined}
        />
        <div className="form-actions">
          {status.remembered ? (
            <button type="button" className="button" disabled={busy} onClick={() => void unlock({ useDevice: true })}>
              {t('security.unlock.withDevice')}
            </button>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('security.unlock.working') : t('security.unlock.submit')}
          </button>
        </div>
      </form>
      <p className="field-hint">{t('security.unlock.where', { file: status.databaseFile })}</p>
    </GateFrame>
  );
}
