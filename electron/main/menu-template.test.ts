import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './menu-template';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const actions = { showDataFolder: () => undefined, showAbout: () => undefined };

describe('the application menu', () => {
  it('has no Developer Tools and no reload in the packaged app, on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const found = roles(applicationMenuTemplate({ platform, packaged: true }, actions));
      expect(found).not.toContain('toggleDevTools');
      expect(found).not.toContain('reload');
      expect(found).not.toContain('forceReload');
      expect(found).toContain('editMenu');
    }
  });

  it('offers them while developing', () => {
    expect(roles(applicationMenuTemplate({ platform: 'linux', packaged: false }, actions))).toContain('toggleDevTools');
  });
});
