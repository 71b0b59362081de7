import { app, BrowserWindow, dialog, Menu, safeStorage, screen, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiFailure } from '#shared/contract/errors';
import { CONTENT_SECURITY_POLICY } from '#electron/adapters/content-security-policy';
import { attachIpcAdapter } from '#electron/adapters/ipc';
import { openBackend, type Backend } from '#electron/services/backend';
import { buildApplicationMenu } from './menu';
import { createSafeStorageVault } from './safe-storage-vault';
import { fitToDisplays, loadWindowState, saveWindowState } from './window-state';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');

let mainWindow: BrowserWindow | null = null;

function isOwnPage(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  try {
    return new URL(url).protocol === 'file:' && fileURLToPath(url) === rendererFile;
  } catch {
    return false;
  }
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null && frame.parent === null && mainWindow?.webContents.id === event.sender.id && isOwnPage(frame.url)
  );
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The policy is one literal string (content-security-policy.ts). Electronegativity parses it in the
  // built page's meta tag; here it cannot follow the import and notes that (LOW, "failed to parse").
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(userDataDir: string): BrowserWindow {
  const saved = fitToDisplays(
    loadWindowState(userDataDir),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    x: saved.x,
    y: saved.y,
    width: saved.width,
    height: saved.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Contingency Planner',
    webPreferences: {
      // Reviewed: a sandboxed CommonJS preload that exposes only window.api = { invoke, on } over
      // contextBridge, no Node or Electron objects (electron/preload/index.ts).
      preload: join(here, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // A middle click must not open links in new windows (denied anyway; this stops the event).
      disableBlinkFeatures: 'Auxclick',
      // No way into the page's memory in the packaged app (the menu has no Developer Tools either).
      devTools: !app.isPackaged,
    },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(userDataDir, { ...bounds, maximized: window.isMaximized() });
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

/**
 * The backend starts locked (or at the first-run question); the window shows the unlock, setup or
 * recovery screen, which are the renderer's, as in browser mode. Only a failure to start at all
 * (e.g. the data folder cannot be created) is shown here.
 */
function openDesktopBackend(dataDir: string): Backend | null {
  try {
    return openBackend({
      dataDir,
      transport: 'ipc',
      interactive: true,
      // As for the CLI and browser mode: unlock (or create encrypted) at start, e.g. for e2e tests.
      passphrase: process.env.CPLAN_PASSPHRASE || undefined,
      keyVault: createSafeStorageVault(safeStorage, dataDir),
    });
  } catch (error) {
    const message = error instanceof ApiFailure ? error.message : (error as Error).message;
    dialog.showErrorBox('Contingency Planner cannot open its data folder', message);
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const dataDir = process.env.CPLAN_DATA_DIR ?? app.getPath('userData');
    hardenSessions();
    const backend = openDesktopBackend(dataDir);
    if (!backend) {
      app.quit();
      return;
    }
    attachIpcAdapter(backend.dispatch, backend.events, isTrustedSender, () =>
      BrowserWindow.getAllWindows().map((window) => window.webContents),
    );
    Menu.setApplicationMenu(buildApplicationMenu(() => mainWindow, dataDir));
    mainWindow = createWindow(app.getPath('userData'));
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow(app.getPath('userData'));
    });
    app.on('will-quit', () => backend.close());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
