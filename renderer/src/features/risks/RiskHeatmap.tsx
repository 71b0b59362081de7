import { useTranslation } from 'react-i18next';
import type { RiskView } from '#shared/contract/risks';
import { levelFor, readableTextColour, type RiskMatrix } from '#shared/domain';
import { countByCell, type HeatmapCell, type HeatmapKind } from './register-filters';

interface HeatmapProps {
  kind: HeatmapKind;
  risks: readonly RiskView[];
  matrix: RiskMatrix;
  selected: HeatmapCell | null;
  onSelect(cell: HeatmapCell | null): void;
}

/** Likelihood rows (highest on top) against impact columns; each cell a button that filters the register. */
function Heatmap({ kind, risks, matrix, selected, onSelect }: HeatmapProps) {
  const { t } = useTranslation();
  const counts = countByCell(risks, kind);
  const rows = [...matrix.likelihood].reverse();
  const title = t(kind === 'inherent' ? 'heatmap.inherent' : 'heatmap.residual');
  return (
    <figure className="heatmap" data-testid={`heatmap-${kind}`}>
      <figcaption>{title}</figcaption>
      <table className="heatmap-grid">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('heatmap.likelihoodVsImpact')}</span>
            </th>
            {matrix.impact.map((step) => (
              <th key={step.value} scope="col" className="heatmap-axis">
                {step.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((likelihood) => (
            <tr key={likelihood.value}>
              <th scope="row" className="heatmap-axis">
                {likelihood.label}
              </th>
              {matrix.impact.map((impact) => {
                const level = levelFor(matrix, likelihood.value, impact.value);
                const count = counts.get(`${likelihood.value}:${impact.value}`) ?? 0;
                const isSelected =
                  selected?.kind === kind &&
                  selected.likelihood === likelihood.value &&
                  selected.impact === impact.value;
                const color = level?.color ?? '#cccccc';
                return (
                  <td key={impact.value}>
                    <button
                      type="button"
                      className="heatmap-cell"
                      data-testid={`heatmap-${kind}-${likelihood.value}-${impact.value}`}
                      style={{ background: color, color: readableTextColour(color) }}
                      aria-pressed={isSelected}
                      aria-label={t('heatmap.cellLabel', {
                        grid: title,
                        likelihood: likelihood.label,
                        impact: impact.label,
                        level: level?.label ?? '?',
                        count,
                      })}
                      onClick={() =>
                        onSelect(isSelected ? null : { kind, likelihood: likelihood.value, impact: impact.value })
                      }
                    >
                      {count || ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function RiskHeatmaps(props: Omit<HeatmapProps, 'kind'>) {
  const { t } = useTranslation();
  return (
    <section className="heatmaps panel" aria-label={t('heatmap.title')}>
      <Heatmap kind="inherent" {...props} />
      <Heatmap kind="residual" {...props} />
      <p className="field-hint heatmap-hint">{t('heatmap.hint')}</p>
    </section>
  );
}
