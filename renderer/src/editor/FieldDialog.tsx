import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '#renderer/components/fields';
import { Modal } from '#renderer/components/Modal';

/** Field keys are dotted names such as site.name or risk.title (see docs/TEMPLATES.md). */
export const FIELD_KEY_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/;

interface FieldDialogProps {
  open: boolean;
  onClose(): void;
  onSubmit(field: { key: string; label: string }): void;
}

/** Template mode: asks for the key and the label of a new field. */
export function FieldDialog({ open, onClose, onSubmit }: FieldDialogProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!FIELD_KEY_PATTERN.test(key.trim())) {
      setError(t('editor.fieldDialog.invalidKey'));
      return;
    }
    onSubmit({ key: key.trim(), label: label.trim() || key.trim() });
    setKey('');
    setLabel('');
  };
  return (
    <Modal open={open} onOpenChange={(next) => !next && onClose()} title={t('editor.fieldDialog.title')}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('editor.fieldDialog.key')}
          hint={t('editor.fieldDialog.keyHint')}
          value={key}
          error={error}
          autoFocus
          required
          onChange={(event) => {
            setKey(event.target.value);
            setError(undefined);
          }}
        />
        <TextField
          label={t('editor.fieldDialog.label')}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('editor.fieldDialog.insert')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
