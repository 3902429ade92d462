import { z } from 'zod';
import { byId, channel, noInput } from '../channel';

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  at: string;
}

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  platform: string;
  notices: Notice[];
}

export const appChannels = {
  'app:info': channel(noInput).returns<AppInfo>(),
  'app:dismissNotice': channel(byId).returns<{ dismissed: boolean }>(),
  'app:openExternal': channel(z.object({ url: z.string().max(2048) })).returns<{
    opened: boolean;
  }>(),
};
