import { readableTextColour, type RiskLevel } from '#shared/domain';

/** A level shown with its colour and its name (never colour alone). */
export function LevelBadge({ level }: { level: RiskLevel | null }) {
  if (!level) return <span className="level-badge level-badge-none">–</span>;
  return (
    <span className="level-badge" style={{ background: level.color, color: readableTextColour(level.color) }}>
      {level.label}
    </span>
  );
}
