import { isAbsolute, join } from 'node:path';

/** `COACHBOOK_DATA_DIR` wins (tests and portable use), then the setting, then userData/data. */
export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  setting: string | null,
  userData: string,
): string {
  const fromEnv = env.COACHBOOK_DATA_DIR?.trim();
  if (fromEnv && isAbsolute(fromEnv)) return fromEnv;
  if (setting && isAbsolute(setting)) return setting;
  return join(userData, 'data');
}
