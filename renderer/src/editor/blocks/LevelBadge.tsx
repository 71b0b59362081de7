/** Black or white text, whichever reads better on a level colour (#rrggbb). */
export function textColorOn(background: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return 'inherit';
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  return luminance > 0.5 ? '#000000' : '#ffffff';
}

export function LevelBadge({ level, color }: { level: string; color: string }) {
  return (
    <span className="editor-level" style={{ backgroundColor: color, color: textColorOn(color) }}>
      {level}
    </span>
  );
}
