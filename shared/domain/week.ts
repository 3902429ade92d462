import type { WeekStartSetting } from '../model/documents';

/** 1 when weeks start on Monday, 0 on Sunday (date-fns' `weekStartsOn`). */
export type WeekStart = 0 | 1;

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & {
  weekInfo?: WeekInfo;
  getWeekInfo?: () => WeekInfo;
};

/**
 * The first day of the week in a locale (`en-US` Sunday, `en-GB` or `de-DE` Monday). Locales
 * whose weeks start on Saturday get Sunday, the nearer of the two days Coachbook offers; an
 * unknown or malformed locale gets Monday, the ISO week.
 */
export function localeWeekStart(locale: string): WeekStart {
  try {
    const intl = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = intl.getWeekInfo?.() ?? intl.weekInfo;
    if (!info) return 1;
    return info.firstDay === 1 ? 1 : info.firstDay === 7 || info.firstDay === 6 ? 0 : 1;
  } catch {
    return 1;
  }
}

/** The lead's choice, or the locale's first day when they left it to the system. */
export function resolveWeekStart(setting: WeekStartSetting, locale: string): WeekStart {
  if (setting === 'monday') return 1;
  if (setting === 'sunday') return 0;
  return localeWeekStart(locale);
}
