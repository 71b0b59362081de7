import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseStyleSettings } from '#shared/contract/export';
import { PAGE_SIZES } from '#shared/export/house-style';
import { fieldErrorsFrom } from '#renderer/components/field-errors';
import { SelectField, TextField } from '#renderer/components/fields';

const COMMON_FONTS = ['Calibri', 'Arial', 'Aptos', 'Cambria', 'Georgia', 'Segoe UI', 'Times New Roman', 'Verdana'];
const SIZE_FIELDS = ['bodySize', 'heading1Size', 'heading2Size', 'heading3Size'] as const;
const COLOUR_FIELDS = ['headingColor', 'accentColor', 'tableHeaderFill', 'tableHeaderText', 'markingColor'] as const;

interface HouseStyleFormProps {
  initial: HouseStyleSettings;
  workspaceMarking: string;
  onSubmit(settings: HouseStyleSettings): Promise<void>;
}

/** Fonts, sizes, colours, marking and paper of the house style; the server checks every value again. */
export function HouseStyleForm({ initial, workspaceMarking, onSubmit }: HouseStyleFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<HouseStyleSettings>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof HouseStyleSettings>(key: K, value: HouseStyleSettings[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await onSubmit(values);
    } catch (error) {
      const byField = fieldErrorsFrom(error);
      setErrors(
        Object.keys(byField).length > 0 ? byField : { form: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="house-style-form" onSubmit={(event) => void submit(event)} aria-label={t('houseStyle.formLabel')}>
      <datalist id="house-style-fonts">
        {COMMON_FONTS.map((font) => (
          <option key={font} value={font} />
        ))}
      </datalist>
      <TextField
        label={t('houseStyle.organisation')}
        hint={t('houseStyle.organisationHint')}
        value={values.organisation}
        error={errors.organisation}
        onChange={(event) => set('organisation', event.target.value)}
      />
      <div className="house-style-grid">
        <TextField
          label={t('houseStyle.bodyFont')}
          list="house-style-fonts"
          value={values.bodyFont}
          error={errors.bodyFont}
          required
          onChange={(event) => set('bodyFont', event.target.value)}
        />
        <TextField
          label={t('houseStyle.headingFont')}
          list="house-style-fonts"
          value={values.headingFont}
          error={errors.headingFont}
          required
          onChange={(event) => set('headingFont', event.target.value)}
        />
        {SIZE_FIELDS.map((key) => (
          <TextField
            key={key}
            label={t(`houseStyle.${key}`)}
            type="number"
            step={0.5}
            min={8}
            max={36}
            value={String(values[key])}
            error={errors[key]}
            onChange={(event) => set(key, Number(event.target.value))}
          />
        ))}
        {COLOUR_FIELDS.map((key) => (
          <TextField
            key={key}
            label={t(`houseStyle.${key}`)}
            type="color"
            value={values[key]}
            error={errors[key]}
            onChange={(event) => set(key, event.target.value)}
          />
        ))}
      </div>
      <TextField
        label={t('houseStyle.marking')}
        hint={t('houseStyle.markingHint', { marking: workspaceMarking || t('houseStyle.noMarking') })}
        value={values.marking}
        error={errors.marking}
        onChange={(event) => set('marking', event.target.value)}
      />
      <SelectField
        label={t('houseStyle.pageSize')}
        value={values.pageSize}
        options={PAGE_SIZES.map((size) => ({ value: size, label: t(`houseStyle.pageSizes.${size}`) }))}
        onChange={(event) => set('pageSize', event.target.value as HouseStyleSettings['pageSize'])}
      />
      <div className="field field-checkbox">
        <input
          id="house-style-number-headings"
          type="checkbox"
          checked={values.numberHeadings}
          onChange={(event) => set('numberHeadings', event.target.checked)}
        />
        <label htmlFor="house-style-number-headings">{t('houseStyle.numberHeadings')}</label>
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('houseStyle.save')}
        </button>
      </div>
    </form>
  );
}
