import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writePrivateFile } from '#electron/db/private-files';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** Window bounds remembered between launches; a missing or unreadable file means defaults. */
export function loadWindowState(userDataDir: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(
      JSON.parse(readFileSync(join(userDataDir, 'window-state.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(userDataDir: string, state: WindowState): void {
  writePrivateFile(join(userDataDir, 'window-state.json'), JSON.stringify(state));
}

/** Forget a saved position that is no longer on any display (a monitor was unplugged). */
export function fitToDisplays(
  state: WindowState,
  workAreas: Array<{ x: number; y: number; width: number; height: number }>,
): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) => x >= area.x && y >= area.y && x < area.x + area.width && y < area.y + area.height,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
