export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'newer_version',
  'storage',
  'unknown_channel',
  'internal',
] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

/** The shape an error crosses the IPC boundary in: plain data, since Electron drops Error fields. */
export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field path (`cadence.time`) to the message to show next to that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error with a message a person can act on. Thrown by services, rethrown by `createApi`. */
export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}
