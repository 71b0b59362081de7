import { useTranslation } from 'react-i18next';
import type { Site } from '#shared/contract/workspaces';
import { ACCEPTANCE_STATES, RISK_STATUSES, type RiskMatrix, type ThreatCategory } from '#shared/domain';
import type { RegisterFilters } from './register-filters';

interface ToolbarProps {
  filters: RegisterFilters;
  onChange(filters: RegisterFilters): void;
  sites: Site[];
  categories: ThreatCategory[];
  matrix: RiskMatrix;
}

/** Quick search and the filters by site, category, level, status and acceptance. */
export function RegisterToolbar({ filters, onChange, sites, categories, matrix }: ToolbarProps) {
  const { t } = useTranslation();
  const select = (key: keyof RegisterFilters, label: string, options: Array<{ value: string; label: string }>) => (
    <label className="toolbar-field">
      <span>{label}</span>
      <select
        value={String(filters[key] ?? '')}
        onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
      >
        <option value="">{t('risks.filters.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="toolbar" role="search" aria-label={t('risks.filters.label')}>
      <label className="toolbar-field toolbar-search">
        <span>{t('risks.filters.search')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('risks.filters.searchPlaceholder')}
          onChange={(event) => onChange({ ...filters, search: event.target.value })}
        />
      </label>
      {select(
        'siteId',
        t('risks.filters.site'),
        sites.map((site) => ({ value: site.id, label: site.name })),
      )}
      {select(
        'categoryKey',
        t('risks.filters.category'),
        categories.map((category) => ({ value: category.key, label: category.label })),
      )}
      {select(
        'levelKey',
        t('risks.filters.level'),
        [...matrix.levels].reverse().map((level) => ({ value: level.key, label: level.label })),
      )}
      {select(
        'status',
        t('risks.filters.status'),
        RISK_STATUSES.map((status) => ({ value: status, label: t(`risks.statuses.${status}`) })),
      )}
      {select('acceptance', t('risks.filters.acceptance'), [
        { value: 'attention', label: t('risks.filters.needsAttention') },
        ...ACCEPTANCE_STATES.map((state) => ({ value: state, label: t(`risks.acceptanceStates.${state}`) })),
      ])}
    </div>
  );
}
