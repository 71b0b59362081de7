import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_KINDS, type Site, type SiteFields } from '#shared/contract/workspaces';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { SelectField, TextAreaField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';

interface SiteFormProps {
  site?: Site;
  onSubmit(fields: SiteFields): Promise<unknown>;
  onCancel(): void;
}

/** Empty means "no coordinate"; anything else must be a number within range. */
function parseCoordinate(text: string, limit: number): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : 'invalid';
}

export function SiteForm({ site, onSubmit, onCancel }: SiteFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    name: site?.name ?? '',
    kind: site?.kind ?? 'office',
    address: site?.address ?? '',
    latitude: site?.latitude?.toString() ?? '',
    longitude: site?.longitude?.toString() ?? '',
    notes: site?.notes ?? '',
  });
  const { errors, failure, busy, submit: runSubmit } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const latitude = parseCoordinate(fields.latitude, 90);
    const longitude = parseCoordinate(fields.longitude, 180);
    const local: Record<string, string> = {};
    if (!fields.name.trim()) local.name = t('errors.fixFields');
    if (latitude === 'invalid') local.latitude = t('sites.latitudeInvalid');
    if (longitude === 'invalid') local.longitude = t('sites.longitudeInvalid');
    await runSubmit(local, () =>
      onSubmit({
        name: fields.name,
        kind: fields.kind,
        address: fields.address,
        latitude: latitude as number | null,
        longitude: longitude as number | null,
        notes: fields.notes,
      }),
    );
  }

  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [key]: event.target.value });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormError message={failure} />
      <TextField
        label={t('sites.name')}
        required
        value={fields.name}
        error={errors.name}
        maxLength={200}
        autoFocus
        onChange={set('name')}
      />
      <SelectField
        label={t('sites.kind')}
        value={fields.kind}
        options={SITE_KINDS.map((kind) => ({ value: kind, label: t(`sites.kinds.${kind}`) }))}
        onChange={set('kind')}
      />
      <TextField
        label={t('sites.address')}
        value={fields.address}
        error={errors.address}
        maxLength={500}
        onChange={set('address')}
      />
      <div className="field-row">
        <TextField
          label={t('sites.latitude')}
          inputMode="decimal"
          value={fields.latitude}
          error={errors.latitude}
          onChange={set('latitude')}
        />
        <TextField
          label={t('sites.longitude')}
          inputMode="decimal"
          value={fields.longitude}
          error={errors.longitude}
          onChange={set('longitude')}
        />
      </div>
      <TextAreaField
        label={t('sites.notes')}
        value={fields.notes}
        error={errors.notes}
        maxLength={4000}
        onChange={set('notes')}
      />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
