import { app, Menu, shell, type BrowserWindow } from 'electron';
import { applicationMenuTemplate } from './menu-template';

export function buildApplicationMenu(getWindow: () => BrowserWindow | null, dataDir: string): Menu {
  return Menu.buildFromTemplate(
    applicationMenuTemplate(
      { platform: process.platform, packaged: app.isPackaged },
      {
        showDataFolder: () => void shell.openPath(dataDir),
        showAbout: () => getWindow()?.webContents.send('api-event', 'app.about', {}),
      },
    ),
  );
}
