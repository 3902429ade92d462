import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { setUpQuickCapture } from './capture/quick-capture';
import { systemClock } from '../backend/clock';
import { createBackend } from '../backend/create-backend';
import { fileEventLog } from '../backend/logging/event-log';
import { logAppLifecycle, logFolderHost, resolveLogDir } from './app-log';
import { relayDataChanges } from './data-changes';
import { reportDownloads } from './downloads';
import { resolveDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { startFailure } from './start-failure';
import { flushBeforeQuit } from './lifecycle';
import { lockDownPermissions } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSettingsStore } from './settings';
import { createTray } from './tray';
import { createMainWindow } from './windows/main-window';
import { APP_ID } from './app-id';
import { desktopReminders } from './reminders/desktop-reminders';
import { loginItemHost, startedAtLogin } from './reminders/login-items';
import { trayPauseActions } from './reminders/tray-reminders';

const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
const preload = join(here, '../preload/index.cjs');
const assets = app.isPackaged ? process.resourcesPath : join(here, '../../assets');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

if (!app.requestSingleInstanceLock()) {
  // Another Coachbook owns the data folder: one writer only.
  app.quit();
} else {
  registerAppScheme();
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const logDir = resolveLogDir(process.env, app.getPath('logs'));
  const eventLog = fileEventLog({ dir: logDir, clock: systemClock });
  logAppLifecycle(app, eventLog);
  app.setAppUserModelId(APP_ID);
  const settings = createSettingsStore();
  const dataDir = resolveDataDir(process.env, settings.get('dataDir'), app.getPath('userData'));
  let quitting = false;
  const quickCapture = setUpQuickCapture({
    preload,
    devServerUrl,
    settings,
    platform: process.platform,
    icon: join(assets, 'icon.png'),
    isQuitting: () => quitting,
  });
  const reminders = desktopReminders({
    platform: process.platform,
    icon: join(assets, 'icon.png'),
  });
  let backend;
  try {
    backend = await createBackend({
      dataDir,
      appVersion: app.getVersion(),
      locale: app.getLocale(),
      quickCapture: quickCapture.host,
      eventLog,
      logFolder: logFolderHost(shell, logDir),
      loginItems: loginItemHost({
        app,
        platform: process.platform,
        env: process.env,
        execPath: process.execPath,
      }),
      notifications: reminders.notifications,
    });
  } catch (error) {
    eventLog.error('app:startFailed', {}, error);
    const failure = startFailure(error, dataDir);
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
    return;
  }

  lockDownPermissions(session.defaultSession);
  reportDownloads(session.defaultSession, {
    defaultFolder: () => app.getPath('downloads'),
    devServerUrl,
  });
  serveRenderer(rendererDir);
  const ownWindows = () => BrowserWindow.getAllWindows().map((w) => w.webContents);
  registerIpc(ipcMain, backend, ownWindows, devServerUrl);
  relayDataChanges(backend, ownWindows);

  flushBeforeQuit(
    app,
    () => backend.close(),
    () => (quitting = true),
  );

  let mainWindow: BrowserWindow | null = null;
  const openMain = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow({
        preload,
        settings,
        devServerUrl,
        icon: join(assets, 'icon.png'),
        isQuitting: () => quitting,
      });
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  };

  const tray = createTray(join(assets, 'tray.png'), {
    open: openMain,
    capture: quickCapture.open,
    quit: () => app.quit(),
    ...trayPauseActions(backend),
  });
  const stopReminders = reminders.attach(backend, {
    openMain,
    ownWindows,
    tray,
    locale: app.getLocale(),
  });
  quickCapture.start();
  app.on('will-quit', () => {
    quickCapture.stop();
    stopReminders();
  });
  app.on('second-instance', openMain);
  app.on('activate', openMain);
  // The tray keeps the app running with no window; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  // Started at login: stay in the tray until the lead opens the window.
  if (!startedAtLogin(process.argv, process.platform, app)) openMain();
}
