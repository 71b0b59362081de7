import i18next from 'i18next';
import type { Condition, RepeatFilter, RepeatNode } from '#shared/document';

function describeFilter(filter: RepeatFilter): string {
  const parts: string[] = [];
  if (filter.minLevel) parts.push(i18next.t('editor.filter.minLevel', { level: filter.minLevel }));
  if (filter.category?.length)
    parts.push(i18next.t('editor.filter.category', { categories: filter.category.join(', ') }));
  if (filter.site) parts.push(i18next.t('editor.filter.site', { site: filter.site }));
  if (filter.measureType) parts.push(i18next.t(`editor.filter.measureType.${filter.measureType}`));
  return parts.join(' · ');
}

/** The label on a repeat frame, e.g. "Repeat for each risk (as risk) · level High or above". */
export function describeRepeat(data: Pick<RepeatNode, 'over' | 'as' | 'filter'>): string {
  const head = i18next.t('editor.repeat.label', {
    collection: i18next.t(`editor.collection.${data.over}`),
    as: data.as,
  });
  const filter = describeFilter(data.filter);
  return filter ? `${head} · ${filter}` : head;
}

/** The label on a conditional frame, e.g. "If any risk · level Very high or above". */
export function describeCondition(condition: Condition): string {
  if (!('over' in condition)) return i18next.t(`editor.conditional.${condition.test}`, { key: condition.key });
  const head = i18next.t(`editor.conditional.${condition.test}`, {
    collection: i18next.t(`editor.collection.${condition.over}`),
  });
  const filter = describeFilter(condition.filter);
  return filter ? `${head} · ${filter}` : head;
}
