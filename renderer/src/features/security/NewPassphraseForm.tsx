import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '#shared/contract/security';
import { FormError } from '#renderer/components/FormError';
import { TextField } from '#renderer/components/fields';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { passphraseStrength, type StrengthScore } from './passphrase-strength';

interface NewPassphraseFormProps {
  submitLabel: string;
  /** Fields shown before the new passphrase (e.g. the current one). */
  before?: ReactNode;
  onSubmit(passphrase: string): Promise<unknown>;
  busyLabel?: string;
}

/** A new passphrase, typed twice, with an estimate of how hard it is to guess. */
export function NewPassphraseForm({ submitLabel, before, onSubmit, busyLabel }: NewPassphraseFormProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { errors, failure, busy, submit } = useFormSubmit();

  // The estimate for the passphrase as typed; an empty field shows none.
  const [estimate, setEstimate] = useState<{ for: string; score: StrengthScore } | null>(null);
  useEffect(() => {
    let current = true;
    if (passphrase !== '') {
      void passphraseStrength(passphrase, ['contingency', 'planner', 'osce']).then(
        (value) => current && setEstimate({ for: passphrase, score: value }),
      );
    }
    return () => {
      current = false;
    };
  }, [passphrase]);
  const score = passphrase !== '' && estimate?.for === passphrase ? estimate.score : null;

  async function handle(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      local.passphrase = t('security.tooShort', { count: MIN_PASSPHRASE_LENGTH });
    if (confirm !== passphrase) local.confirm = t('security.mismatch');
    if (await submit(local, () => onSubmit(passphrase))) {
      setPassphrase('');
      setConfirm('');
    }
  }

  return (
    <form onSubmit={(event) => void handle(event)} noValidate aria-label={submitLabel}>
      <FormError message={failure} />
      {before}
      <TextField
        label={t('security.newPassphrase')}
        hint={t('security.newPassphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={errors.passphrase ?? errors.next}
        required
      />
      <div className="strength" data-testid="passphrase-strength" aria-live="polite">
        <meter min={0} max={4} low={2} high={3} optimum={4} value={score ?? 0} aria-label={t('security.strength')} />
        <span>{score === null ? t('security.strengthEmpty') : t(`security.strengthScore.${score}`)}</span>
      </div>
      <TextField
        label={t('security.confirmPassphrase')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
        error={errors.confirm}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? (busyLabel ?? t('common.saving')) : submitLabel}
        </button>
      </div>
    </form>
  );
}
