import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitToDisplays, loadWindowState, saveWindowState } from './window-state';

const tempDir = useTempDirs();

describe('remembered window bounds', () => {
  it('round-trips through the user-data folder', () => {
    const dir = tempDir();
    saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('falls back to defaults for a damaged or absurd file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'window-state.json'), '{"width": 5, "height": "tall"');
    expect(loadWindowState(dir)).toMatchObject({ width: 1280, height: 820 });
  });

  it('drops a position that is on no display any more', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitToDisplays({ x: 2500, y: 100, width: 800, height: 600, maximized: false }, displays)).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
    expect(fitToDisplays({ x: 100, y: 100, width: 800, height: 600, maximized: false }, displays)).toMatchObject({
      x: 100,
    });
  });
});
