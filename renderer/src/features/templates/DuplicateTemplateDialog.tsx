import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '#shared/contract';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { fieldErrorsFrom } from '#renderer/components/field-errors';
import { TextField } from '#renderer/components/fields';
import { Modal } from '#renderer/components/Modal';
import { useNotify } from '#renderer/components/Notices';

interface Props {
  open: boolean;
  detail: TemplateDetail;
  onClose(): void;
  onDuplicated(copy: TemplateDetail): void;
}

/** Copies a template under a new id (version 1.0.0), e.g. to adapt it to one mission. */
export function DuplicateTemplateDialog({ open, detail, onClose, onDuplicated }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const duplicate = useApiMutation('templates.duplicate');
  const [newId, setNewId] = useState(`${detail.meta.id}-copy`);
  const [title, setTitle] = useState(t('templates.copyTitle', { title: detail.meta.title }));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    duplicate.mutate(
      { id: detail.meta.id, version: detail.meta.version, newId: newId.trim(), title },
      {
        onSuccess: (copy) => {
          notify('success', t('templates.duplicated', { title: copy.meta.title }));
          onDuplicated(copy);
        },
        onError: (error) => {
          const fieldErrors = fieldErrorsFrom(error);
          setErrors(fieldErrors);
          if (!Object.keys(fieldErrors).length) notify('error', error.message);
        },
      },
    );
  };

  return (
    <Modal open={open} onOpenChange={(next) => !next && onClose()} title={t('templates.duplicateTitle')}>
      <form onSubmit={submit} aria-label={t('templates.duplicateTitle')}>
        <TextField
          label={t('templates.newId')}
          hint={t('templates.newIdHint')}
          value={newId}
          onChange={(event) => setNewId(event.target.value)}
          error={errors.newId}
          required
        />
        <TextField
          label={t('templates.newTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          required
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={duplicate.isPending}>
            {t('templates.duplicate')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
