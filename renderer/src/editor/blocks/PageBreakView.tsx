import { useTranslation } from 'react-i18next';

export function PageBreakView() {
  const { t } = useTranslation();
  return (
    <div className="editor-break" role="separator" aria-label={t('editor.blocks.pageBreak')} data-testid="block-page-break">
      <span>{t('editor.blocks.pageBreak')}</span>
    </div>
  );
}
