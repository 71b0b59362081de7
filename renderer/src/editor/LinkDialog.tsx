import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '#renderer/components/fields';
import { Modal } from '#renderer/components/Modal';

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** Only web, mail and phone links: anything else (javascript:, file:, data:) is refused. */
export function normalizeLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return ALLOWED_SCHEMES.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

interface LinkDialogProps {
  open: boolean;
  initialUrl: string;
  onClose(): void;
  /** null removes the link. */
  onSubmit(url: string | null): void;
}

export function LinkDialog({ open, initialUrl, onClose, onSubmit }: LinkDialogProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeLinkUrl(url);
    if (!normalized) {
      setError(t('editor.link.invalid'));
      return;
    }
    onSubmit(normalized);
  };
  return (
    <Modal open={open} onOpenChange={(next) => !next && onClose()} title={t('editor.link.title')}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('editor.link.url')}
          hint={t('editor.link.hint')}
          value={url}
          error={error}
          autoFocus
          onChange={(event) => {
            setUrl(event.target.value);
            setError(undefined);
          }}
        />
        <div className="form-actions">
          {initialUrl && (
            <button type="button" className="button" onClick={() => onSubmit(null)}>
              {t('editor.link.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('editor.link.apply')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
