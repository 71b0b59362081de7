import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_KINDS, type WorkspaceFields } from '#shared/contract/workspaces';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { SelectField, TextAreaField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';

interface WorkspaceFormProps {
  initial?: Partial<WorkspaceFields>;
  submitLabel: string;
  onSubmit(fields: WorkspaceFields): Promise<unknown>;
  onCancel?(): void;
}

export function WorkspaceForm({ initial, submitLabel, onSubmit, onCancel }: WorkspaceFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    name: initial?.name ?? '',
    kind: initial?.kind ?? 'mission',
    marking: initial?.marking ?? '',
    description: initial?.description ?? '',
  });
  const { errors, failure, busy, submit: runSubmit } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = fields.name.trim() ? {} : { name: t('errors.fixFields') };
    await runSubmit(local, () => onSubmit(fields));
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      <FormError message={failure} />
      <TextField
        label={t('workspace.name')}
        required
        value={fields.name}
        error={errors.name}
        maxLength={200}
        autoFocus
        onChange={(event) => setFields({ ...fields, name: event.target.value })}
      />
      <SelectField
        label={t('workspace.kind')}
        value={fields.kind}
        options={WORKSPACE_KINDS.map((kind) => ({ value: kind, label: t(`workspace.kinds.${kind}`) }))}
        onChange={(event) => setFields({ ...fields, kind: event.target.value as (typeof WORKSPACE_KINDS)[number] })}
      />
      <TextField
        label={t('workspace.marking')}
        hint={t('workspace.markingHint')}
        value={fields.marking}
        error={errors.marking}
        maxLength={80}
        onChange={(event) => setFields({ ...fields, marking: event.target.value })}
      />
      <TextAreaField
        label={t('workspace.description')}
        value={fields.description}
        error={errors.description}
        maxLength={4000}
        onChange={(event) => setFields({ ...fields, description: event.target.value })}
      />
      <FormActions busy={busy} onCancel={onCancel} submitLabel={submitLabel} />
    </form>
  );
}
