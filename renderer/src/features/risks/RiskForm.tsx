import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskFields, RiskView } from '#shared/contract/risks';
import type { Site } from '#shared/contract/workspaces';
import {
  EXPOSED_ELEMENTS,
  PROGRAMME_CRITICALITIES,
  RISK_STATUSES,
  TREATMENTS,
  isIsoDate,
  levelFor,
  whoMayAccept,
  type AcceptanceRule,
  type ProgrammeCriticality,
  type RiskMatrix,
  type RiskStatus,
  type ThreatCategory,
  type Treatment,
} from '#shared/domain';
import { SelectField, TextAreaField, TextField } from '#renderer/components/fields';
import { FormActions } from '#renderer/components/FormActions';
import { FormError } from '#renderer/components/FormError';
import { issuesByPath } from './issue-paths';
import { LevelBadge } from './LevelBadge';
import { useFormSubmit } from '#renderer/components/useFormSubmit';

interface RiskFormProps {
  risk?: RiskView;
  sites: Site[];
  categories: ThreatCategory[];
  matrix: RiskMatrix;
  rule: AcceptanceRule;
  onSubmit(fields: RiskFields): Promise<unknown>;
  onCancel(): void;
}

interface Draft {
  title: string;
  siteId: string;
  categoryKey: string;
  description: string;
  exposed: string[];
  vulnerabilities: string;
  existingMeasures: string;
  inherentLikelihood: string;
  inherentImpact: string;
  hasResidual: boolean;
  residualLikelihood: string;
  residualImpact: string;
  treatment: Treatment;
  hasAcceptance: boolean;
  acceptedBy: string;
  criticality: ProgrammeCriticality;
  acceptanceDate: string;
  acceptanceExpiry: string;
  nextReviewDate: string;
  status: RiskStatus;
}

function draftOf(risk: RiskView | undefined, sites: Site[], categories: ThreatCategory[]): Draft {
  return {
    title: risk?.title ?? '',
    siteId: risk?.siteId ?? sites[0]?.id ?? '',
    categoryKey: risk?.categoryKey ?? categories[0]?.key ?? '',
    description: risk?.description ?? '',
    exposed: risk?.exposed ?? [],
    vulnerabilities: risk?.vulnerabilities ?? '',
    existingMeasures: risk?.existingMeasures ?? '',
    inherentLikelihood: String(risk?.inherent.likelihood ?? ''),
    inherentImpact: String(risk?.inherent.impact ?? ''),
    hasResidual: Boolean(risk?.residual),
    residualLikelihood: String(risk?.residual?.likelihood ?? ''),
    residualImpact: String(risk?.residual?.impact ?? ''),
    treatment: risk?.treatment ?? 'reduce',
    hasAcceptance: Boolean(risk?.acceptance),
    acceptedBy: risk?.acceptance?.acceptedBy ?? '',
    criticality: risk?.acceptance?.criticality ?? 'PC2',
    acceptanceDate: risk?.acceptance?.date ?? '',
    acceptanceExpiry: risk?.acceptance?.expiry ?? '',
    nextReviewDate: risk?.nextReviewDate ?? '',
    status: risk?.status ?? 'assessed',
  };
}

/** Checks a user can fix before anything is sent; the server checks the same again. */
function localErrors(draft: Draft, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = t('risks.form.titleRequired');
  if (!draft.siteId) errors.siteId = t('risks.form.siteRequired');
  if (!draft.inherentLikelihood) errors['inherent.likelihood'] = t('risks.form.scoreRequired');
  if (!draft.inherentImpact) errors['inherent.impact'] = t('risks.form.scoreRequired');
  if (draft.hasResidual) {
    if (!draft.residualLikelihood) errors['residual.likelihood'] = t('risks.form.scoreRequired');
    if (!draft.residualImpact) errors['residual.impact'] = t('risks.form.scoreRequired');
  }
  if (draft.hasAcceptance) {
    if (!draft.acceptedBy.trim()) errors['acceptance.acceptedBy'] = t('risks.form.acceptedByRequired');
    if (!isIsoDate(draft.acceptanceDate)) errors['acceptance.date'] = t('risks.form.dateRequired');
    if (!isIsoDate(draft.acceptanceExpiry)) errors['acceptance.expiry'] = t('risks.form.dateRequired');
    else if (draft.acceptanceExpiry < draft.acceptanceDate)
      errors['acceptance.expiry'] = t('risks.form.expiryBeforeDate');
  }
  if (draft.nextReviewDate && !isIsoDate(draft.nextReviewDate)) errors.nextReviewDate = t('risks.form.dateInvalid');
  return errors;
}

function toFields(draft: Draft): RiskFields {
  return {
    siteId: draft.siteId,
    title: draft.title,
    categoryKey: draft.categoryKey,
    description: draft.description,
    exposed: draft.exposed,
    vulnerabilities: draft.vulnerabilities,
    existingMeasures: draft.existingMeasures,
    inherent: { likelihood: Number(draft.inherentLikelihood), impact: Number(draft.inherentImpact) },
    residual: draft.hasResidual
      ? { likelihood: Number(draft.residualLikelihood), impact: Number(draft.residualImpact) }
      : null,
    treatment: draft.treatment,
    acceptance: draft.hasAcceptance
      ? {
          acceptedBy: draft.acceptedBy,
          criticality: draft.criticality,
          date: draft.acceptanceDate,
          expiry: draft.acceptanceExpiry,
        }
      : null,
    nextReviewDate: draft.nextReviewDate || null,
    status: draft.status,
  };
}

export function RiskForm({ risk, sites, categories, matrix, rule, onSubmit, onCancel }: RiskFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(risk, sites, categories));
  const formRef = useRef<HTMLFormElement>(null);
  // Keyboard users land on the first field to fix, not at the top of a long form.
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const {
    errors,
    failure,
    busy,
    submit: runSubmit,
  } = useFormSubmit({ errorsFrom: issuesByPath, onInvalid: focusFirstInvalid });

  const set =
    <K extends keyof Draft>(key: K) =>
    (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [key]: event.target.value as Draft[K] }));
  const toggle = (key: 'hasResidual' | 'hasAcceptance') => (event: { target: { checked: boolean } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.checked }));

  const scaleOptions = (steps: RiskMatrix['likelihood']) => [
    { value: '', label: t('risks.form.choose') },
    ...steps.map((step) => ({ value: String(step.value), label: `${step.value} – ${step.label}` })),
  ];
  const inherentLevel = levelFor(matrix, Number(draft.inherentLikelihood), Number(draft.inherentImpact)) ?? null;
  const residualLevel = draft.hasResidual
    ? (levelFor(matrix, Number(draft.residualLikelihood), Number(draft.residualImpact)) ?? null)
    : null;
  const levelToAccept = draft.hasResidual ? residualLevel : inherentLevel;
  const authority = whoMayAccept(rule, levelToAccept?.key ?? null, draft.criticality);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await runSubmit(localErrors(draft, t), () => onSubmit(toFields(draft)));
  }

  return (
    <form
      ref={formRef}
      className="form risk-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('risks.form.label')}
    >
      <FormError message={failure} />
      <TextField
        label={t('risks.form.title')}
        required
        autoFocus
        maxLength={300}
        value={draft.title}
        error={errors.title}
        onChange={set('title')}
      />
      <div className="field-row">
        <SelectField
          label={t('risks.form.site')}
          value={draft.siteId}
          error={errors.siteId}
          options={sites.map((site) => ({ value: site.id, label: site.name }))}
          onChange={set('siteId')}
        />
        <SelectField
          label={t('risks.form.category')}
          value={draft.categoryKey}
          error={errors.categoryKey}
          options={categories.map((category) => ({
            value: category.key,
            label: `${category.label} (${t(`risks.natures.${category.nature}`)})`,
          }))}
          onChange={set('categoryKey')}
        />
      </div>
      <TextAreaField
        label={t('risks.form.description')}
        maxLength={8000}
        value={draft.description}
        error={errors.description}
        onChange={set('description')}
      />
      <fieldset className="fieldset">
        <legend>{t('risks.form.exposed')}</legend>
        <div className="checkbox-row">
          {EXPOSED_ELEMENTS.map((element) => (
            <label key={element} className="checkbox">
              <input
                type="checkbox"
                checked={draft.exposed.includes(element)}
                onChange={(event) =>
                  setDraft((current) => ({
                    ...current,
                    exposed: event.target.checked
                      ? [...current.exposed, element]
                      : current.exposed.filter((item) => item !== element),
                  }))
                }
              />
              {t(`risks.exposedElements.${element}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <TextAreaField
          label={t('risks.form.vulnerabilities')}
          maxLength={8000}
          value={draft.vulnerabilities}
          onChange={set('vulnerabilities')}
        />
        <TextAreaField
          label={t('risks.form.existingMeasures')}
          maxLength={8000}
          value={draft.existingMeasures}
          onChange={set('existingMeasures')}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('risks.form.inherentRisk')}</legend>
        <div className="field-row field-row-assessment">
          <SelectField
            label={t('risks.form.inherentLikelihood')}
            value={draft.inherentLikelihood}
            error={errors['inherent.likelihood']}
            options={scaleOptions(matrix.likelihood)}
            onChange={set('inherentLikelihood')}
          />
          <SelectField
            label={t('risks.form.inherentImpact')}
            value={draft.inherentImpact}
            error={errors['inherent.impact']}
            options={scaleOptions(matrix.impact)}
            onChange={set('inherentImpact')}
          />
          <p className="computed-level" aria-live="polite">
            {t('risks.form.level')} <LevelBadge level={inherentLevel} />
          </p>
        </div>
      </fieldset>
      <SelectField
        label={t('risks.form.treatment')}
        value={draft.treatment}
        options={TREATMENTS.map((treatment) => ({ value: treatment, label: t(`risks.treatments.${treatment}`) }))}
        onChange={set('treatment')}
      />
      <fieldset className="fieldset">
        <legend>{t('risks.form.residualRisk')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.hasResidual} onChange={toggle('hasResidual')} />
          {t('risks.form.hasResidual')}
        </label>
        {draft.hasResidual ? (
          <div className="field-row field-row-assessment">
            <SelectField
              label={t('risks.form.residualLikelihood')}
              value={draft.residualLikelihood}
              error={errors['residual.likelihood']}
              options={scaleOptions(matrix.likelihood)}
              onChange={set('residualLikelihood')}
            />
            <SelectField
              label={t('risks.form.residualImpact')}
              value={draft.residualImpact}
              error={errors['residual.impact']}
              options={scaleOptions(matrix.impact)}
              onChange={set('residualImpact')}
            />
            <p className="computed-level" aria-live="polite">
              {t('risks.form.level')} <LevelBadge level={residualLevel} />
            </p>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('risks.form.acceptance')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.hasAcceptance} onChange={toggle('hasAcceptance')} />
          {t('risks.form.hasAcceptance')}
        </label>
        <div className="field-row">
          <SelectField
            label={t('risks.form.criticality')}
            value={draft.criticality}
            options={PROGRAMME_CRITICALITIES.map((pc) => ({ value: pc, label: t(`risks.criticalities.${pc}`) }))}
            onChange={set('criticality')}
          />
          <p className="field-hint acceptance-authority" aria-live="polite">
            {!levelToAccept
              ? t('risks.form.assessFirst')
              : authority
                ? t('risks.form.mayAccept', { authority })
                : t('risks.form.mayNotAccept')}
          </p>
        </div>
        {draft.hasAcceptance ? (
          <>
            <TextField
              label={t('risks.form.acceptedBy')}
              maxLength={200}
              value={draft.acceptedBy}
              error={errors['acceptance.acceptedBy']}
              onChange={set('acceptedBy')}
            />
            <div className="field-row">
              <TextField
                type="date"
                label={t('risks.form.acceptanceDate')}
                value={draft.acceptanceDate}
                error={errors['acceptance.date']}
                onChange={set('acceptanceDate')}
              />
              <TextField
                type="date"
                label={t('risks.form.acceptanceExpiry')}
                value={draft.acceptanceExpiry}
                error={errors['acceptance.expiry']}
                onChange={set('acceptanceExpiry')}
              />
            </div>
          </>
        ) : null}
      </fieldset>
      <div className="field-row">
        <TextField
          type="date"
          label={t('risks.form.nextReviewDate')}
          value={draft.nextReviewDate}
          error={errors.nextReviewDate}
          onChange={set('nextReviewDate')}
        />
        <SelectField
          label={t('risks.form.status')}
          value={draft.status}
          options={RISK_STATUSES.map((status) => ({ value: status, label: t(`risks.statuses.${status}`) }))}
          onChange={set('status')}
        />
      </div>
      <FormActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
