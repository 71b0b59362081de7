import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_KINDS, type WorkspaceFields } from '../../../../shared/contract/workspaces';
import { fieldErrorsFrom } from '../../components/field-errors';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!fields.name.trim()) {
      setErrors({ name: t('errors.fixFields') });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(fields);
      setErrors({});
    } catch (error) {
      const byField = fieldErrorsFrom(error);
      setErrors(byField);
      setFailure(Object.keys(byField).length ? t('errors.fixFields') : (error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={submitLabel}>
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
