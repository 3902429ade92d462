import type { Training } from '../../model/growth';
import { addLocalDays, localDaysBetween } from '../local-time';

/** Certifications that lapse within this many days are shown; so are those lapsed as recently. */
export const EXPIRY_WINDOW_DAYS = 60;

export interface ExpiringCertification {
  trainingId: string;
  title: string;
  expiresOn: string;
  /** Days until it lapses; negative once it has. */
  daysLeft: number;
  state: 'expiring' | 'expired';
}

const sameTitle = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Certifications held (completed, with an expiry) that lapse within the window or lapsed within
 * it, soonest first. One renewed since (the same title, completed, lapsing later) is not shown.
 */
export function expiringCertifications(
  trainings: Training[],
  today: string,
  windowDays = EXPIRY_WINDOW_DAYS,
): ExpiringCertification[] {
  const held = trainings.filter(
    (t) => t.kind === 'certification' && t.status === 'completed' && t.expiresOn !== null,
  );
  const until = addLocalDays(today, windowDays);
  const since = addLocalDays(today, -windowDays);
  return held
    .filter((t) => t.expiresOn! <= until && t.expiresOn! >= since)
    .filter(
      (t) =>
        !held.some((o) => o !== t && sameTitle(o.title, t.title) && o.expiresOn! > t.expiresOn!),
    )
    .map((t) => {
      const daysLeft = localDaysBetween(today, t.expiresOn!);
      return {
        trainingId: t.id,
        title: t.title,
        expiresOn: t.expiresOn!,
        daysLeft,
        state: daysLeft < 0 ? ('expired' as const) : ('expiring' as const),
      };
    })
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
}
