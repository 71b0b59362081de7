import { readableTextColour } from '#shared/domain/colour';

export function LevelBadge({ level, color }: { level: string; color: string }) {
  return (
    <span className="editor-level" style={{ backgroundColor: color, color: readableTextColour(color) }}>
      {level}
    </span>
  );
}
