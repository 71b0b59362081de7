import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFields } from '#shared/contract/people';
import type { Person } from '#shared/domain';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { SelectField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';

interface PersonFormProps {
  person?: Person;
  others: Person[];
  onSubmit(fields: PersonFields): Promise<unknown>;
  onCancel(): void;
}

export function PersonForm({ person, others, onSubmit, onCancel }: PersonFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    name: person?.name ?? '',
    role: person?.role ?? '',
    phone: person?.phone ?? '',
    email: person?.email ?? '',
    callSign: person?.callSign ?? '',
    deputy: person?.deputy ?? '',
  });
  const { errors, failure, busy, submit: runSubmit } = useFormSubmit();
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = fields.name.trim() ? {} : { name: t('people.nameRequired') };
    await runSubmit(local, () => onSubmit({ ...fields, deputy: fields.deputy || null }));
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('people.formLabel')}>
      <FormError message={failure} />
      <div className="field-row">
        <TextField
          label={t('people.name')}
          required
          autoFocus
          maxLength={200}
          value={fields.name}
          error={errors.name}
          onChange={set('name')}
        />
        <TextField
          label={t('people.role')}
          maxLength={200}
          value={fields.role}
          error={errors.role}
          onChange={set('role')}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('people.phone')}
          type="tel"
          maxLength={60}
          value={fields.phone}
          error={errors.phone}
          onChange={set('phone')}
        />
        <TextField
          label={t('people.email')}
          type="email"
          maxLength={200}
          value={fields.email}
          error={errors.email}
          onChange={set('email')}
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('people.callSign')}
          maxLength={40}
          value={fields.callSign}
          error={errors.callSign}
          onChange={set('callSign')}
        />
        <SelectField
          label={t('people.deputy')}
          value={fields.deputy}
          error={errors.deputy}
          options={[
            { value: '', label: t('people.noDeputy') },
            ...others.map((other) => ({ value: other.id, label: `${other.name} (${other.role})` })),
          ]}
          onChange={set('deputy')}
        />
      </div>
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
