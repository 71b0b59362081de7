import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '#shared/domain';

interface MatrixEditorProps {
  matrix: RiskMatrix;
  onChange(matrix: RiskMatrix): void;
}

/** Scale labels, level labels and colours, and a level chosen for every cell. */
export function MatrixEditor({ matrix, onChange }: MatrixEditorProps) {
  const { t } = useTranslation();
  const edit = (change: (draft: RiskMatrix) => void) => {
    const draft = structuredClone(matrix);
    change(draft);
    onChange(draft);
  };
  const levelOf = (key: string) => matrix.levels.find((level) => level.key === key);

  return (
    <div className="matrix-editor">
      <div className="matrix-scales">
        {(['likelihood', 'impact'] as const).map((scale) => (
          <fieldset key={scale} className="fieldset">
            <legend>{t(`matrix.${scale}Scale`)}</legend>
            {matrix[scale].map((step, index) => (
              <label key={step.value} className="inline-field">
                <span className="inline-field-number">{step.value}</span>
                <input
                  value={step.label}
                  aria-label={t(`matrix.${scale}Label`, { value: step.value })}
                  maxLength={80}
                  onChange={(event) => edit((draft) => void (draft[scale][index]!.label = event.target.value))}
                />
              </label>
            ))}
          </fieldset>
        ))}
        <fieldset className="fieldset">
          <legend>{t('matrix.levels')}</legend>
          {matrix.levels.map((level, index) => (
            <div key={level.key} className="inline-field">
              <span className="inline-field-number">{index + 1}</span>
              <input
                value={level.label}
                aria-label={t('matrix.levelLabel', { position: index + 1 })}
                maxLength={80}
                onChange={(event) => edit((draft) => void (draft.levels[index]!.label = event.target.value))}
              />
              <input
                type="color"
                value={level.color}
                aria-label={t('matrix.levelColor', { label: level.label })}
                onChange={(event) => edit((draft) => void (draft.levels[index]!.color = event.target.value))}
              />
            </div>
          ))}
          <p className="field-hint">{t('matrix.levelsHint')}</p>
        </fieldset>
      </div>
      <table className="matrix-grid" data-testid="matrix-grid">
        <caption>{t('matrix.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('matrix.likelihoodVsImpact')}</span>
            </th>
            {matrix.impact.map((step) => (
              <th key={step.value} scope="col">
                {step.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...matrix.likelihood].reverse().map((likelihood) => (
            <tr key={likelihood.value}>
              <th scope="row">{likelihood.label}</th>
              {matrix.impact.map((impact) => {
                const key = matrix.cells[likelihood.value - 1]?.[impact.value - 1] ?? '';
                const color = levelOf(key)?.color ?? '#ffffff';
                return (
                  <td key={impact.value} style={{ background: color }}>
                    <select
                      value={key}
                      aria-label={t('matrix.cellLabel', { likelihood: likelihood.label, impact: impact.label })}
                      onChange={(event) =>
                        edit(
                          (draft) => void (draft.cells[likelihood.value - 1]![impact.value - 1] = event.target.value),
                        )
                      }
                    >
                      {key === '' ? <option value="">–</option> : null}
                      {matrix.levels.map((level) => (
                        <option key={level.key} value={level.key}>
                          {level.label}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
