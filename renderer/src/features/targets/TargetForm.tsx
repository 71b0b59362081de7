import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetFields, TargetView } from '#shared/contract/people';
import type { RiskView } from '#shared/contract/risks';
import type { Site } from '#shared/contract/workspaces';
import { CARVER_FACTORS, TARGET_KINDS, carverTotal, type CarverScores } from '#shared/domain';
import { useFormSubmit } from '#renderer/components/useFormSubmit';
import { SelectField, TextAreaField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';

interface TargetFormProps {
  target?: TargetView;
  sites: Site[];
  risks: RiskView[];
  onSubmit(fields: TargetFields): Promise<unknown>;
  onCancel(): void;
}

const MIDDLE: CarverScores = {
  criticality: 3,
  accessibility: 3,
  recuperability: 3,
  vulnerability: 3,
  effect: 3,
  recognizability: 3,
};

export function TargetForm({ target, sites, risks, onSubmit, onCancel }: TargetFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(target?.name ?? '');
  const [kind, setKind] = useState(target?.kind ?? 'soft-target');
  const [siteId, setSiteId] = useState(target?.siteId ?? '');
  const [scores, setScores] = useState<CarverScores>(target?.scores ?? MIDDLE);
  const [riskIds, setRiskIds] = useState<string[]>(target?.riskIds ?? []);
  const [notes, setNotes] = useState(target?.notes ?? '');
  const { errors, failure, busy, submit: runSubmit } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = name.trim() ? {} : { name: t('targets.nameRequired') };
    await runSubmit(local, () => onSubmit({ name, kind, siteId: siteId || null, scores, riskIds, notes }));
  }

  const scoreOptions = [1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: String(value) }));

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('targets.formLabel')}>
      <FormError message={failure} />
      <TextField
        label={t('targets.name')}
        required
        autoFocus
        maxLength={200}
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="field-row">
        <SelectField
          label={t('targets.kind')}
          value={kind}
          options={TARGET_KINDS.map((value) => ({ value, label: t(`targets.kinds.${value}`) }))}
          onChange={(event) => setKind(event.target.value as typeof kind)}
        />
        <SelectField
          label={t('targets.site')}
          value={siteId}
          error={errors.siteId}
          options={[
            { value: '', label: t('targets.noSite') },
            ...sites.map((site) => ({ value: site.id, label: site.name })),
          ]}
          onChange={(event) => setSiteId(event.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('targets.carverScores', { total: carverTotal(scores) })}</legend>
        <div className="carver-grid">
          {CARVER_FACTORS.map((factor) => (
            <SelectField
              key={factor}
              label={t(`targets.factors.${factor}`)}
              hint={t(`targets.factorHints.${factor}`)}
              value={String(scores[factor])}
              error={errors[factor]}
              options={scoreOptions}
              onChange={(event) => setScores({ ...scores, [factor]: Number(event.target.value) })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('targets.linkedRisks')}</legend>
        {risks.length === 0 ? <p className="field-hint">{t('targets.noRisks')}</p> : null}
        <div className="checkbox-list">
          {risks.map((risk) => (
            <label key={risk.id} className="checkbox">
              <input
                type="checkbox"
                checked={riskIds.includes(risk.id)}
                onChange={(event) =>
                  setRiskIds(event.target.checked ? [...riskIds, risk.id] : riskIds.filter((id) => id !== risk.id))
                }
              />
              {risk.title} <span className="muted">· {risk.siteName}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('targets.notes')}
        maxLength={4000}
        value={notes}
        error={errors.notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
