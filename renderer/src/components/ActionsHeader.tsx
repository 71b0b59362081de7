import { useTranslation } from 'react-i18next';

/** The actions column of every data table has a heading only screen readers hear. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('common.actions')}</span>
    </th>
  );
}
