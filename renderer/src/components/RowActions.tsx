import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useNotify } from './Notices';

/** Callbacks handed to a delete mutation's `mutate`, so the notices follow its outcome. */
export interface DeleteCallbacks {
  onSuccess(): void;
  onError(error: Error): void;
}

interface RowActionsProps {
  /** Names the row in the buttons' accessible names ("Edit …", "Delete …"). */
  name: string;
  onEdit(): void;
  deleteTitle: string;
  deleteBody: string;
  /** Announced once the row is gone. */
  deletedNotice: string;
  /** Runs the delete mutation, e.g. `(callbacks) => remove.mutate({ id }, callbacks)`. */
  onConfirmDelete(callbacks: DeleteCallbacks): void;
  /** Further row buttons, placed between Edit and Delete. */
  children?: ReactNode;
}

/** Every register table ends its rows with the same Edit / confirmed Delete pair; one place keeps them alike. */
export function RowActions({
  name,
  onEdit,
  deleteTitle,
  deleteBody,
  deletedNotice,
  onConfirmDelete,
  children,
}: RowActionsProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  return (
    <>
      <button type="button" className="button button-small" aria-label={`${t('common.edit')} ${name}`} onClick={onEdit}>
        {t('common.edit')}
      </button>
      {children}
      <ConfirmDialog
        trigger={
          <button
            type="button"
            className="button button-small button-quiet-danger"
            aria-label={`${t('common.delete')} ${name}`}
          >
            {t('common.delete')}
          </button>
        }
        title={deleteTitle}
        body={deleteBody}
        confirmLabel={t('common.delete')}
        onConfirm={() =>
          onConfirmDelete({
            onSuccess: () => notify('success', deletedNotice),
            onError: (error) => notify('error', error.message),
          })
        }
      />
    </>
  );
}
