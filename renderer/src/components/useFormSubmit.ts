import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsFrom } from './field-errors';

interface FormSubmitOptions {
  /** Maps a server failure to field errors (default: the contract's INVALID_INPUT issues). */
  errorsFrom?: (error: unknown) => Record<string, string>;
  /** After errors are shown, e.g. to move focus to the first invalid field. */
  onInvalid?: () => void;
}

/**
 * The submit cycle every form shares: local checks first, then the save with a busy state, and the
 * server's validation errors shown next to their fields (or its message above the form).
 */
export function useFormSubmit({ errorsFrom = fieldErrorsFrom, onInvalid }: FormSubmitOptions = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function showInvalid(byField: Record<string, string>, message: string): void {
    setErrors(byField);
    setFailure(message);
    onInvalid?.();
  }

  /** Runs `save` unless `localErrors` has any; returns whether the save succeeded. */
  async function submit(localErrors: Record<string, string>, save: () => Promise<unknown>): Promise<boolean> {
    if (Object.keys(localErrors).length) {
      showInvalid(localErrors, t('errors.fixFields'));
      return false;
    }
    setBusy(true);
    setFailure(null);
    try {
      await save();
      setErrors({});
      return true;
    } catch (error) {
      const byField = errorsFrom(error);
      showInvalid(byField, Object.keys(byField).length ? t('errors.fixFields') : (error as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { errors, failure, busy, submit };
}
