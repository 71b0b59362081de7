import { Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The native menu with the platform's standard roles, so shortcuts work as users expect. */
export function buildApplicationMenu(getWindow: () => BrowserWindow | null, dataDir: string): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Show Data Folder', click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu', label: '&Edit' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
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
      submenu: [
        {
          label: 'About Contingency Planner',
          click: () => getWindow()?.webContents.send('api-event', 'app.about', {}),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
