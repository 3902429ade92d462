import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { App } from 'electron';
import type { LoginItemHost } from '../../backend/context';
import type { StartAtLoginState } from '../../../shared/ipc/channels/app';

/** The argument a login start passes: Coachbook then stays in the tray, with no window. */
export const HIDDEN_ARG = '--hidden';

type LoginApp = Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings' | 'isPackaged'>;

interface LoginItemOptions {
  app: LoginApp;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The program to start: Electron's `process.execPath`; an AppImage's own path wins on Linux. */
  execPath: string;
  home?: string;
}

/** Started by the login item: `--hidden` (Windows, Linux), or macOS's own record of a login start. */
export function startedAtLogin(
  argv: readonly string[],
  platform: NodeJS.Platform,
  app: Pick<App, 'getLoginItemSettings'>,
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/** `$XDG_CONFIG_HOME/autostart/coachbook.desktop`, `~/.config/autostart/…` when it is unset or relative. */
export function autostartFile(env: NodeJS.ProcessEnv, home: string): string {
  const configured = env.XDG_CONFIG_HOME?.trim();
  const config = configured && isAbsolute(configured) ? configured : join(home, '.config');
  return join(config, 'autostart', 'coachbook.desktop');
}

/**
 * One argument of an Exec line (Desktop Entry spec): quoted when it holds a reserved character,
 * with `"`, `` ` ``, `$` and `\` escaped inside the quotes, then every `\` doubled again by the
 * string-value rule, and `%` written `%%` (field codes).
 */
export function execArgument(arg: string): string {
  const percent = arg.replaceAll('%', '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(percent)) return percent;
  const quoted = `"${percent.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
  return quoted.replaceAll('\\', '\\\\');
}

/** The XDG autostart entry that starts Coachbook hidden in the tray. */
export function autostartEntry(program: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Coachbook',
    'Comment=Reminders for your 1:1s, from the tray',
    `Exec=${execArgument(program)} ${HIDDEN_ARG}`,
    'Icon=coachbook',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

const DEVELOPMENT_BUILD =
  'Start at login works in the installed Coachbook; this development build would start Electron alone.';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Start at login as Settings turns it on and off: login items on macOS and Windows (Electron),
 * an XDG autostart entry on Linux (Electron has no API there). Both start Coachbook with
 * `--hidden`, so it opens in the tray.
 */
export function loginItemHost(options: LoginItemOptions): LoginItemHost {
  const { app, platform, env } = options;
  const unavailable = (message: string): StartAtLoginState => ({
    available: false,
    enabled: false,
    message,
  });

  if (platform === 'linux') {
    const file = autostartFile(env, options.home ?? homedir());
    const program = env.APPIMAGE?.trim() || options.execPath;
    const packaged = app.isPackaged || Boolean(env.APPIMAGE);
    return {
      async state() {
        if (!packaged) return unavailable(DEVELOPMENT_BUILD);
        const enabled = await stat(file).then(
          (s) => s.isFile(),
          () => false,
        );
        return { available: true, enabled, message: null };
      },
      async set(enabled) {
        if (!packaged) return { ok: false, message: DEVELOPMENT_BUILD };
        try {
          if (enabled) {
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, autostartEntry(program), { mode: 0o644 });
          } else {
            await rm(file, { force: true });
          }
          return { ok: true };
        } catch (error) {
          return { ok: false, message: reasonOf(error) };
        }
      },
    };
  }

  if (platform === 'darwin' || platform === 'win32') {
    const settings = { args: [HIDDEN_ARG] };
    return {
      async state() {
        if (!app.isPackaged) return unavailable(DEVELOPMENT_BUILD);
        // Windows matches the entry by path and arguments: ask with the same arguments.
        const { openAtLogin } = app.getLoginItemSettings(settings);
        return { available: true, enabled: openAtLogin, message: null };
      },
      async set(enabled) {
        if (!app.isPackaged) return { ok: false, message: DEVELOPMENT_BUILD };
        try {
          app.setLoginItemSettings({ ...settings, openAtLogin: enabled });
        } catch (error) {
          return { ok: false, message: reasonOf(error) };
        }
        // macOS may refuse silently (an unsigned app): say so rather than show a switch that lies.
        const { openAtLogin } = app.getLoginItemSettings(settings);
        return openAtLogin === enabled
          ? { ok: true }
          : { ok: false, message: 'the system did not accept the change.' };
      },
    };
  }

  const other = unavailable('Start at login is not available on this system.');
  return {
    state: async () => other,
    set: async () => ({ ok: false, message: other.message! }),
  };
}
