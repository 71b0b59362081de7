import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_CRITICALITIES, type AcceptanceRule, type RiskMatrix } from '#shared/domain';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { FormError } from '#renderer/components/FormError';
import { useNotify } from '#renderer/components/Notices';

/** Residual level x programme criticality -> who may accept; an empty cell means "may not be accepted". */
export function AcceptanceRuleEditor({
  workspaceId,
  matrix,
  rule,
}: {
  workspaceId: string;
  matrix: RiskMatrix;
  rule: AcceptanceRule;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useApiMutation('matrix.updateAcceptanceRule');
  const [draft, setDraft] = useState<AcceptanceRule>(rule);
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby="acceptance-rule-title">
      <h2 id="acceptance-rule-title">{t('matrix.ruleTitle')}</h2>
      <p className="field-hint">{t('matrix.ruleHint')}</p>
      <FormError message={failure} />
      <table className="data-table rule-table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.residualLevel')}</th>
            {PROGRAMME_CRITICALITIES.map((pc) => (
              <th key={pc} scope="col">
                {pc}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...matrix.levels].reverse().map((level) => (
            <tr key={level.key}>
              <th scope="row">{level.label}</th>
              {PROGRAMME_CRITICALITIES.map((pc) => (
                <td key={pc}>
                  <input
                    value={draft[level.key]?.[pc] ?? ''}
                    placeholder={t('matrix.notAcceptable')}
                    aria-label={t('matrix.ruleCell', { level: level.label, criticality: pc })}
                    maxLength={200}
                    onChange={(event) => {
                      const byCriticality = { ...draft[level.key] };
                      if (event.target.value.trim()) byCriticality[pc] = event.target.value;
                      else delete byCriticality[pc];
                      setDraft({ ...draft, [level.key]: byCriticality });
                    }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            void (async () => {
              try {
                await save.mutateAsync({ workspaceId, rule: draft });
                setFailure(null);
                notify('success', t('matrix.ruleSaved'));
              } catch (error) {
                setFailure((error as Error).message);
              }
            })();
          }}
        >
          {t('matrix.saveRule')}
        </button>
      </div>
    </section>
  );
}
