import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showDataFolder(): void;
  showAbout(): void;
}

/**
 * The native menu with the platform's standard roles, so shortcuts work as users expect. Developer
 * Tools and reload are there only in development: a packaged app offers no way into the page's
 * memory or its API bridge.
 */
export function applicationMenuTemplate(
  options: { platform: NodeJS.Platform; packaged: boolean },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Show Data Folder', click: actions.showDataFolder },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu', label: '&Edit' },
    {
      label: '&View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About Contingency Planner', click: actions.showAbout }],
    },
  ];
}
