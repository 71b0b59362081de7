import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  busy: boolean;
  /** Without it there is no Cancel button (e.g. the first-run workspace form). */
  onCancel?(): void;
  /** Defaults to "Save". */
  submitLabel?: string;
}

/** The record forms share one footer: Cancel, then a submit button that reads "Saving…" while busy. */
export function FormActions({ busy, onCancel, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
    </div>
  );
}
