/**
 * A small stand-in for the `electron` module, so electron/main can be tested in Node without the
 * Electron binary (importing the real package would try to download it). Tests use it with
 * `vi.mock('electron', () => import('./fake-electron'))` and call `resetFakeElectron()` between tests.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Calls every listener of `event` and returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** An event with a spy for `preventDefault`, as Electron passes to will-navigate and friends. */
export function fakeEvent() {
  return { preventDefault: vi.fn() };
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
  readonly isDestroyed = vi.fn(() => false);
  /** True until the test emits `did-finish-load`, when set so. */
  readonly isLoading = vi.fn(() => false);

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = () => [...BrowserWindow.instances];

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly hide = vi.fn();
  readonly maximize = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly focus = vi.fn();
  readonly setBounds = vi.fn();
  readonly setPosition = vi.fn();
  readonly setAlwaysOnTop = vi.fn();

  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> },
  ) {
    super();
    BrowserWindow.instances.push(this);
  }
}

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  /** Answers the system's reason it could not open the path, or '' when it did. */
  openPath: vi.fn(async (_path: string) => ''),
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, handler: Listener) => {
    ipcMain.handlers.set(channel, handler);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const net = { fetch: vi.fn() };

export const nativeImage = {
  empty: true,
  createFromPath: vi.fn((path: string) => ({
    path,
    isEmpty: () => nativeImage.empty,
    resize: (size: { width: number; height: number }) => ({ path, size }),
  })),
  createEmpty: vi.fn(() => ({ empty: true })),
};

export interface MenuItemTemplate {
  label?: string;
  type?: string;
  click?: () => void;
}

export const Menu = {
  buildFromTemplate: vi.fn((template: MenuItemTemplate[]) => ({ items: template })),
};

export class Tray extends Emitter {
  static instances: Tray[] = [];
  readonly setToolTip = vi.fn();
  readonly setContextMenu = vi.fn();

  constructor(readonly image: unknown) {
    super();
    Tray.instances.push(this);
  }
}

class FakeApp extends Emitter {
  isPackaged = false;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(async () => undefined);
  readonly setAppUserModelId = vi.fn();
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getLocale = vi.fn(() => 'en-GB');
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  /** What the system keeps of the login item (macOS, Windows), as setLoginItemSettings left it. */
  loginItem = { openAtLogin: false, args: [] as string[], wasOpenedAtLogin: false };
  /** Set to make setLoginItemSettings change nothing, as an unsigned macOS app sees. */
  loginItemRefused = false;
  readonly getLoginItemSettings = vi.fn((_options?: { args?: string[] }) => ({
    ...this.loginItem,
  }));
  readonly setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean; args?: string[] }) => {
    if (this.loginItemRefused) return;
    this.loginItem = {
      ...this.loginItem,
      openAtLogin: settings.openAtLogin ?? false,
      args: settings.args ?? [],
    };
  });
}

export const app = new FakeApp();

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  cursor: { x: 10, y: 10 },
  getAllDisplays: vi.fn(() => screen.displays),
  getCursorScreenPoint: vi.fn(() => screen.cursor),
  /** The display whose work area holds the point, else the first one. */
  getDisplayNearestPoint: vi.fn(
    (point: { x: number; y: number }) =>
      screen.displays.find(
        ({ workArea: a }) =>
          point.x >= a.x && point.x < a.x + a.width && point.y >= a.y && point.y < a.y + a.height,
      ) ?? screen.displays[0]!,
  ),
};

/**
 * Global shortcuts: `taken` holds accelerators another app owns (register answers false), and
 * `invalid` ones Electron cannot parse (register throws).
 */
export const globalShortcut = {
  registered: new Map<string, () => void>(),
  taken: new Set<string>(),
  invalid: new Set<string>(),
  register: vi.fn((accelerator: string, callback: () => void) => {
    if (globalShortcut.invalid.has(accelerator)) throw new Error(`Bad accelerator ${accelerator}`);
    if (globalShortcut.taken.has(accelerator) || globalShortcut.registered.has(accelerator)) {
      return false;
    }
    globalShortcut.registered.set(accelerator, callback);
    return true;
  }),
  unregister: vi.fn((accelerator: string) => {
    globalShortcut.registered.delete(accelerator);
  }),
  isRegistered: vi.fn((accelerator: string) => globalShortcut.registered.has(accelerator)),
  unregisterAll: vi.fn(() => globalShortcut.registered.clear()),
  /** What the OS does when the lead presses the keys. */
  press(accelerator: string): boolean {
    const callback = globalShortcut.registered.get(accelerator);
    callback?.();
    return Boolean(callback);
  },
};

/**
 * A download as `will-download` hands it over. `finish(state, savePath)` is what Electron does
 * once the Save dialog closed and the write ended: sets the path the lead chose, emits `done`.
 */
export class FakeDownloadItem extends Emitter {
  savePath = '';
  dialogOptions: Record<string, unknown> | null = null;
  constructor(
    readonly url: string,
    readonly fileName: string,
  ) {
    super();
  }
  readonly getURL = vi.fn(() => this.url);
  readonly getFilename = vi.fn(() => this.fileName);
  readonly getSavePath = vi.fn(() => this.savePath);
  readonly cancel = vi.fn();
  readonly setSaveDialogOptions = vi.fn((options: Record<string, unknown>) => {
    this.dialogOptions = options;
  });

  finish(state: 'completed' | 'cancelled' | 'interrupted', savePath = ''): void {
    this.savePath = savePath;
    this.emit('done', {}, state);
  }
}

/** A session: permission handlers, and events (`will-download`) the tests emit. */
export class FakeSession extends Emitter {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
}

export const session = { defaultSession: new FakeSession() };

export const dialog = { showErrorBox: vi.fn() };

/**
 * Electron's main-process notification. `instances` holds every one created, so tests can click
 * them; `supported` answers isSupported; `failWith` makes show() emit `failed` with that reason.
 */
export class Notification extends Emitter {
  static instances: Notification[] = [];
  static supported = true;
  static failWith: string | null = null;
  /** False for a desktop that reports neither `show` nor `failed` (some Linux ones). */
  static reportsShow = true;
  static activation: ((details: { type: string; arguments: string }) => void) | null = null;
  static isSupported = vi.fn(() => Notification.supported);
  static handleActivation = vi.fn(
    (callback: (details: { type: string; arguments: string }) => void) => {
      Notification.activation = callback;
    },
  );

  readonly show = vi.fn(() => {
    if (Notification.failWith) this.emit('failed', {}, Notification.failWith);
    else if (Notification.reportsShow) this.emit('show', {});
  });
  readonly close = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    super();
    Notification.instances.push(this);
  }
}

/** powerMonitor: tests emit `resume`, `unlock-screen` and friends. */
class FakePowerMonitor extends Emitter {
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
}

export const powerMonitor = new FakePowerMonitor();

/** Forgets every window, tray, handler and call recorded so far. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  Tray.instances = [];
  ipcMain.handlers.clear();
  app.listeners.clear();
  session.defaultSession.listeners.clear();
  app.loginItem = { openAtLogin: false, args: [], wasOpenedAtLogin: false };
  app.loginItemRefused = false;
  Notification.instances = [];
  Notification.supported = true;
  Notification.failWith = null;
  Notification.reportsShow = true;
  Notification.activation = null;
  powerMonitor.listeners.clear();
  nativeImage.empty = true;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  screen.cursor = { x: 10, y: 10 };
  globalShortcut.registered.clear();
  globalShortcut.taken.clear();
  globalShortcut.invalid.clear();
}
