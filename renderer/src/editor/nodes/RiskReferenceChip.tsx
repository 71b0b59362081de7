import { useTranslation } from 'react-i18next';
import { LevelBadge } from '#renderer/editor/blocks/LevelBadge';
import { useDocumentEditorSettings } from '#renderer/editor/editor-context';

interface RiskReferenceChipProps {
  riskId: string;
  title: string;
  level: string | null;
}

/** Shows the risk's current title and level when the host can resolve it, else the stored snapshot. */
export function RiskReferenceChip({ riskId, title, level }: RiskReferenceChipProps) {
  const { t } = useTranslation();
  const { resolveRisk, onOpenRisk } = useDocumentEditorSettings();
  const live = resolveRisk?.(riskId);
  const missing = resolveRisk !== undefined && live === undefined;
  const content = (
    <>
      <span className="editor-risk-title">{live?.title ?? title}</span>
      {live ? (
        <LevelBadge level={live.level} color={live.color} />
      ) : (
        level && <span className="editor-level editor-level-snapshot">{level}</span>
      )}
      {missing && <span className="editor-risk-missing">{t('editor.risk.missing')}</span>}
    </>
  );
  const label = missing
    ? t('editor.risk.missingLabel', { title })
    : t('editor.risk.label', { title: live?.title ?? title, level: live?.level ?? level ?? '' });
  return onOpenRisk && !missing ? (
    <button
      type="button"
      className="editor-risk"
      data-testid="risk-reference"
      aria-label={label}
      onClick={() => onOpenRisk(riskId)}
    >
      {content}
    </button>
  ) : (
    <span
      className={missing ? 'editor-risk editor-risk-deleted' : 'editor-risk'}
      data-testid="risk-reference"
      aria-label={label}
      title={missing ? label : undefined}
    >
      {content}
    </span>
  );
}
