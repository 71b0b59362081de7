import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '#shared/contract/workspaces';
import type { StoredDocument } from '#shared/document';
import { preselectRisks } from '#shared/generate/select';
import { useApi, useApiMutation, useApiQuery } from '#renderer/api/ApiProvider';
import { SelectField, TextField } from '#renderer/components/fields';
import { Modal } from '#renderer/components/Modal';
import { QueryState } from '#renderer/components/QueryState';
import { DocumentEditor } from '#renderer/editor/DocumentEditor';
import { LevelBadge } from '#renderer/features/risks/LevelBadge';

const WHOLE_WORKSPACE = '';
const ALL_LEVELS = '';
type Step = 'risks' | 'template' | 'preview';

interface WizardProps {
  workspace: Workspace;
  onClose(): void;
  onCreated(planId: string): void;
}

/** New plan: site and risks (preselected by level), then the template (suggested), then a preview. */
export function NewPlanWizard({ workspace, onClose, onCreated }: WizardProps) {
  const { t } = useTranslation();
  const api = useApi();
  const sites = useApiQuery('sites.list', { workspaceId: workspace.id });
  const risks = useApiQuery('risks.list', { workspaceId: workspace.id });
  const matrix = useApiQuery('matrix.get', { workspaceId: workspace.id });
  const generate = useApiMutation('plans.generate');

  const [step, setStep] = useState<Step>('risks');
  const [siteId, setSiteId] = useState<string>(WHOLE_WORKSPACE);
  const [minLevel, setMinLevel] = useState<string>('high');
  // The user's ticks and unticks on top of the preselection; cleared when the site or level changes.
  const [overrides, setOverrides] = useState<Map<string, boolean>>(new Map());
  const [kind, setKind] = useState<string>('');
  const [templateId, setTemplateId] = useState<string>('');
  const [title, setTitle] = useState('');
  const [preview, setPreview] = useState<StoredDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const siteRisks = useMemo(
    () => (risks.data ?? []).filter((risk) => siteId === WHOLE_WORKSPACE || risk.siteId === siteId),
    [risks.data, siteId],
  );

  const preselected = useMemo(
    () =>
      new Set(
        risks.data && matrix.data
          ? preselectRisks(risks.data, siteId || null, minLevel || null, matrix.data).map((risk) => risk.id)
          : [],
      ),
    [risks.data, matrix.data, siteId, minLevel],
  );
  const isSelected = (id: string) => overrides.get(id) ?? preselected.has(id);

  const riskIds = siteRisks.filter((risk) => isSelected(risk.id)).map((risk) => risk.id);
  const suggestions = useApiQuery(
    'plans.suggestTemplates',
    { workspaceId: workspace.id, riskIds },
    { enabled: step !== 'risks' },
  );
  const kinds = [...new Set((suggestions.data ?? []).map((template) => template.kind))];
  const templates = (suggestions.data ?? []).filter((template) => !kind || template.kind === kind);
  const best = suggestions.data?.[0];

  // Start from the best suggestion; the user may pick any other.
  const chosenTemplate = templateId || best?.templateId || '';

  const request = () => ({
    workspaceId: workspace.id,
    siteId: siteId || null,
    templateId: chosenTemplate,
    riskIds,
    title: title.trim(),
  });

  async function showPreview() {
    setBusy(true);
    setError(null);
    try {
      setPreview((await api.call('plans.preview', request())).document);
      setStep('preview');
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const plan = await generate.mutateAsync(request());
      onCreated(plan.id);
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  const toggle = (id: string) => setOverrides((current) => new Map(current).set(id, !isSelected(id)));

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('planWizard.title')}
      description={t(`planWizard.steps.${step}`)}
    >
      <ol className="wizard-steps" aria-label={t('planWizard.progress')}>
        {(['risks', 'template', 'preview'] as const).map((name) => (
          <li key={name} aria-current={name === step ? 'step' : undefined}>
            {t(`planWizard.stepNames.${name}`)}
          </li>
        ))}
      </ol>
      {step === 'risks' ? (
        <QueryState query={sites}>
          {(siteList) => (
            <div className="wizard-body" data-testid="wizard-risks">
              <div className="form-row">
                <SelectField
                  label={t('planWizard.site')}
                  value={siteId}
                  onChange={(event) => {
                    setSiteId(event.target.value);
                    setOverrides(new Map());
                  }}
                  options={[
                    { value: WHOLE_WORKSPACE, label: t('plans.wholeWorkspace') },
                    ...siteList.map((site) => ({ value: site.id, label: site.name })),
                  ]}
                />
                <SelectField
                  label={t('planWizard.minLevel')}
                  hint={t('planWizard.minLevelHint')}
                  value={minLevel}
                  onChange={(event) => {
                    setMinLevel(event.target.value);
                    setOverrides(new Map());
                  }}
                  options={[
                    { value: ALL_LEVELS, label: t('planWizard.allLevels') },
                    ...(matrix.data?.levels ?? []).map((level) => ({ value: level.key, label: level.label })),
                  ]}
                />
              </div>
              <fieldset className="wizard-risks">
                <legend>{t('planWizard.risks', { count: riskIds.length })}</legend>
                {siteRisks.length === 0 ? (
                  <p className="empty-state">{t('planWizard.noRisks')}</p>
                ) : (
                  <ul className="checkbox-list">
                    {siteRisks.map((risk) => (
                      <li key={risk.id}>
                        <label>
                          <input type="checkbox" checked={isSelected(risk.id)} onChange={() => toggle(risk.id)} />
                          <span>{risk.title}</span>
                          <span className="wizard-risk-meta">
                            {risk.siteName} · {risk.categoryLabel}
                          </span>
                          <LevelBadge level={risk.currentLevel} />
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </fieldset>
            </div>
          )}
        </QueryState>
      ) : null}
      {step === 'template' ? (
        <QueryState query={suggestions}>
          {() => (
            <div className="wizard-body" data-testid="wizard-template">
              <div className="form-row">
                <SelectField
                  label={t('planWizard.kind')}
                  value={kind}
                  onChange={(event) => setKind(event.target.value)}
                  options={[
                    { value: '', label: t('planWizard.allKinds') },
                    ...kinds.map((value) => ({
                      value,
                      label: t(`planWizard.kinds.${value}`, { defaultValue: value }),
                    })),
                  ]}
                />
                <TextField
                  label={t('planWizard.planTitle')}
                  hint={t('planWizard.planTitleHint')}
                  value={title}
                  maxLength={300}
                  onChange={(event) => setTitle(event.target.value)}
                />
              </div>
              <fieldset>
                <legend>{t('planWizard.template')}</legend>
                <ul className="template-choices">
                  {templates.map((template) => (
                    <li key={template.templateId}>
                      <label>
                        <input
                          type="radio"
                          name="plan-template"
                          value={template.templateId}
                          checked={chosenTemplate === template.templateId}
                          onChange={() => setTemplateId(template.templateId)}
                        />
                        <span className="template-choice-title">{template.title}</span>
                        {template === best && best.score >= 1 ? (
                          <span className="template-suggested">{t('planWizard.suggested')}</span>
                        ) : null}
                        <span className="template-choice-meta">
                          {template.templateId} {template.version}
                          {template.reasons.length
                            ? ` · ${t('planWizard.fits', { categories: template.reasons.join(', ') })}`
                            : ''}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </div>
          )}
        </QueryState>
      ) : null}
      {step === 'preview' && preview ? (
        <div className="wizard-preview" data-testid="wizard-preview">
          <DocumentEditor
            value={preview}
            onChange={() => undefined}
            mode="plan"
            readOnly
            label={t('planWizard.previewLabel')}
          />
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {step !== 'risks' ? (
          <button type="button" className="button" onClick={() => setStep(step === 'preview' ? 'template' : 'risks')}>
            {t('planWizard.back')}
          </button>
        ) : null}
        {step === 'risks' ? (
          <button type="button" className="button button-primary" onClick={() => setStep('template')}>
            {t('planWizard.next')}
          </button>
        ) : null}
        {step === 'template' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={!chosenTemplate || busy}
            onClick={() => void showPreview()}
          >
            {t('planWizard.preview')}
          </button>
        ) : null}
        {step === 'preview' ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
            {t('planWizard.create')}
          </button>
        ) : null}
      </div>
    </Modal>
  );
}
