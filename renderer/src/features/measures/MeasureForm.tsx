import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureFields } from '#shared/contract/risks';
import { MEASURE_STATUSES, MEASURE_TYPES, isIsoDate, type Measure } from '#shared/domain';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { SelectField, TextAreaField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';

interface MeasureFormProps {
  measure?: Measure;
  /** Names offered for the owner (people of the workspace); any text is allowed. */
  ownerSuggestions: string[];
  onSubmit(fields: MeasureFields): Promise<unknown>;
  onCancel(): void;
}

export function MeasureForm({ measure, ownerSuggestions, onSubmit, onCancel }: MeasureFormProps) {
  const { t } = useTranslation();
  const ownersListId = useId();
  const [fields, setFields] = useState({
    type: measure?.type ?? 'prevention',
    description: measure?.description ?? '',
    owner: measure?.owner ?? '',
    dueDate: measure?.dueDate ?? '',
    status: measure?.status ?? 'planned',
    cost: measure?.cost ?? '',
  });
  const { errors, failure, busy, submit: runSubmit } = useFormSubmit();
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!fields.description.trim()) local.description = t('measures.descriptionRequired');
    if (fields.dueDate && !isIsoDate(fields.dueDate)) local.dueDate = t('measures.dateInvalid');
    await runSubmit(local, () => onSubmit({ ...fields, dueDate: fields.dueDate || null }));
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('measures.formLabel')}>
      <FormError message={failure} />
      <SelectField
        label={t('measures.type')}
        value={fields.type}
        hint={t('measures.typeHint')}
        options={MEASURE_TYPES.map((type) => ({ value: type, label: t(`measures.types.${type}`) }))}
        onChange={set('type')}
        autoFocus
      />
      <TextAreaField
        label={t('measures.description')}
        required
        maxLength={2000}
        value={fields.description}
        error={errors.description}
        onChange={set('description')}
      />
      <div className="field-row">
        <TextField
          label={t('measures.owner')}
          list={ownersListId}
          maxLength={200}
          value={fields.owner}
          error={errors.owner}
          onChange={set('owner')}
        />
        <datalist id={ownersListId}>
          {ownerSuggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField
          type="date"
          label={t('measures.dueDate')}
          value={fields.dueDate}
          error={errors.dueDate}
          onChange={set('dueDate')}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('measures.status')}
          value={fields.status}
          options={MEASURE_STATUSES.map((status) => ({ value: status, label: t(`measures.statuses.${status}`) }))}
          onChange={set('status')}
        />
        <TextField
          label={t('measures.cost')}
          hint={t('measures.costHint')}
          maxLength={80}
          value={fields.cost}
          error={errors.cost}
          onChange={set('cost')}
        />
      </div>
      <FormActions busy={busy} onCancel={onCancel} submitLabel={t('measures.save')} />
    </form>
  );
}
