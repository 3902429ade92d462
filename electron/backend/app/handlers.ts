import type { StartAtLoginState } from '../../../shared/ipc/channels/app';
import { AppError } from '../../../shared/ipc/errors';
import type { AreaHandlers, BackendContext } from '../context';

/** Start at login without a desktop shell to do it (the web host). */
const NOT_HERE: StartAtLoginState = {
  available: false,
  enabled: false,
  message: 'Start at login is set in the Coachbook desktop app; this browser version cannot do it.',
};

export function appHandlers(ctx: BackendContext): AreaHandlers<'app'> {
  return {
    'app:info': () => ({
      name: 'Coachbook',
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      platform: ctx.platform,
      notices: ctx.notices.list(),
      logDir: ctx.logFolder?.path ?? null,
    }),
    'app:dismissNotice': async ({ id }) => {
      const dismissed = ctx.notices.dismiss(id);
      // Notices are kept until dismissed: answer once the dismissal is on disk too.
      await ctx.notices.flush();
      return { dismissed };
    },
    'app:openLogFolder': async () => {
      if (!ctx.logFolder) {
        throw new AppError(
          'conflict',
          'The log is kept by the Coachbook desktop app; this browser has no log folder.',
        );
      }
      const result = await ctx.logFolder.open();
      if (!result.ok) {
        throw new AppError('conflict', `The log folder did not open: ${result.message}`);
      }
      return { opened: true };
    },
    'app:startAtLogin': () => ctx.loginItems?.state() ?? NOT_HERE,
    'app:setStartAtLogin': async ({ enabled }) => {
      if (!ctx.loginItems) throw new AppError('conflict', NOT_HERE.message!);
      const result = await ctx.loginItems.set(enabled);
      if (!result.ok) {
        throw new AppError(
          'conflict',
          `Start at login was not ${enabled ? 'turned on' : 'turned off'}: ${result.message}`,
        );
      }
      return ctx.loginItems.state();
    },
    'app:reportError': ({ kind, errorName, code, component }) => {
      ctx.eventLog.error('renderer:error', {
        kind,
        errorName,
        code: code ?? undefined,
        component: component ?? undefined,
      });
      return { logged: true };
    },
  };
}
