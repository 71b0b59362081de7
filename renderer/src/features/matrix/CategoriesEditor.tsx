import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreatCategory } from '#shared/domain';
import { useApiMutation } from '#renderer/api/ApiProvider';
import { ActionsHeader } from '#renderer/components/ActionsHeader';
import { FormError } from '#renderer/components/FormError';
import { useNotify } from '#renderer/components/Notices';

/** A key for a new category from its label: "Landmines & UXO" -> "landmines-uxo". */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'category';
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}

interface Row extends ThreatCategory {
  isNew: boolean;
}

/** The workspace's threat and hazard taxonomy: rename, reclassify, add, remove unused ones. */
export function CategoriesEditor({ workspaceId, categories }: { workspaceId: string; categories: ThreatCategory[] }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useApiMutation('categories.update');
  const [rows, setRows] = useState<Row[]>(categories.map((category) => ({ ...category, isNew: false })));
  const [failure, setFailure] = useState<string | null>(null);
  const change = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  async function submit() {
    const taken = new Set(rows.filter((row) => !row.isNew).map((row) => row.key));
    const categoriesToSave = rows.map(({ isNew, ...row }) => {
      if (!isNew) return row;
      const key = keyFromLabel(row.label, taken);
      taken.add(key);
      return { ...row, key };
    });
    if (categoriesToSave.some((row) => !row.label.trim())) {
      setFailure(t('matrix.categoryLabelRequired'));
      return;
    }
    try {
      await save.mutateAsync({ workspaceId, categories: categoriesToSave });
      setFailure(null);
      notify('success', t('matrix.categoriesSaved'));
    } catch (error) {
      setFailure((error as Error).message);
    }
  }

  return (
    <section className="panel" aria-labelledby="categories-title">
      <h2 id="categories-title">{t('matrix.categoriesTitle')}</h2>
      <p className="field-hint">{t('matrix.categoriesHint')}</p>
      <FormError message={failure} />
      <table className="data-table" data-testid="categories-table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.categoryLabel')}</th>
            <th scope="col">{t('matrix.categoryNature')}</th>
            <th scope="col">{t('matrix.categoryKey')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.isNew ? `new-${index}` : row.key}>
              <td>
                <input
                  className="table-input"
                  value={row.label}
                  maxLength={200}
                  aria-label={t('matrix.categoryLabelOf', { position: index + 1 })}
                  onChange={(event) => change(index, { label: event.target.value })}
                />
              </td>
              <td>
                <select
                  className="table-input"
                  value={row.nature}
                  aria-label={t('matrix.categoryNatureOf', { label: row.label })}
                  onChange={(event) => change(index, { nature: event.target.value as Row['nature'] })}
                >
                  <option value="threat">{t('risks.natures.threat')}</option>
                  <option value="hazard">{t('risks.natures.hazard')}</option>
                </select>
              </td>
              <td className="muted">{row.isNew ? t('matrix.categoryKeyNew') : row.key}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small button-quiet-danger"
                  aria-label={`${t('common.delete')} ${row.label}`}
                  onClick={() => setRows(rows.filter((_, at) => at !== index))}
                >
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => setRows([...rows, { key: '', label: '', nature: 'threat', isNew: true }])}
        >
          {t('matrix.addCategory')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void submit()}>
          {t('matrix.saveCategories')}
        </button>
      </div>
    </section>
  );
}
