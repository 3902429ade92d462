import type { AreaHandlers, BackendContext } from '../context';
import { safeExternalUrl } from '../security/url-policy';

export function appHandlers(ctx: BackendContext): AreaHandlers<'app'> {
  return {
    'app:info': () => ({
      name: 'Coachbook',
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      platform: ctx.platform,
      notices: ctx.notices.list(),
    }),
    'app:dismissNotice': ({ id }) => ({ dismissed: ctx.notices.dismiss(id) }),
    'app:openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe || !ctx.openExternal) return { opened: false };
      await ctx.openExternal(safe);
      return { opened: true };
    },
  };
}
