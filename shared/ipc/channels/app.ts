import { z } from 'zod';
import { byId, channel, noInput } from '../channel';
import { ERROR_CODES } from '../errors';

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  at: string;
  /** False for a state that lasts (the data folder cannot be written): shown until it ends. */
  dismissible?: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  platform: string;
  notices: Notice[];
  /** Where the desktop app writes its log; null where there is none (the web test host). */
  logDir: string | null;
}

/**
 * A name that comes from code (an error's class, a component): letters, digits and `_$.-`, so
 * no text a person wrote can travel with it to the log.
 */
const codeNameSchema = z.string().regex(/^[A-Za-z_$][\w$.-]{0,59}$/, 'Use a name from code.');

const RENDERER_ERROR_KINDS = ['window-error', 'unhandled-rejection', 'render'] as const;

/** What the renderer reports of an error it did not handle: never its message. */
export const rendererErrorSchema = z
  .object({
    kind: z.enum(RENDERER_ERROR_KINDS),
    errorName: codeNameSchema,
    /** The AppError code, when the error came back from a channel. */
    code: z.enum(ERROR_CODES).nullable().default(null),
    /** The component that threw, for a render error. */
    component: codeNameSchema.nullable().default(null),
  })
  .strict();
export type RendererErrorReport = z.input<typeof rendererErrorSchema>;

/** Whether Coachbook starts (hidden, in the tray) when the lead logs in to the computer. */
export interface StartAtLoginState {
  /** False where the system or this build cannot do it (the web host, a development build). */
  available: boolean;
  enabled: boolean;
  /** Why it is not available, in words a lead understands; null when it is. */
  message: string | null;
}

export const appChannels = {
  'app:info': channel(noInput).returns<AppInfo>(),
  'app:dismissNotice': channel(byId).returns<{ dismissed: boolean }>(),
  /** Opens the log folder in the system's file manager; a `conflict` error where there is none. */
  'app:openLogFolder': channel(noInput).returns<{ opened: true }>(),
  /** Writes a renderer error to the log. */
  'app:reportError': channel(rendererErrorSchema).returns<{ logged: true }>(),
  'app:startAtLogin': channel(noInput).returns<StartAtLoginState>(),
  /** Turns start at login on or off; a `conflict` error with the system's reason when it cannot. */
  'app:setStartAtLogin': channel(z.object({ enabled: z.boolean() })).returns<StartAtLoginState>(),
};
