import type { PersonBalance } from '../../../shared/model/balance';

/** "21 days without recognition", "Never recognised (added 30 days ago)". */
export function gapText(p: Pick<PersonBalance, 'lastRecognisedOn' | 'daysWithout'>): string {
  const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
  if (p.lastRecognisedOn === null) {
    return p.daysWithout === 0
      ? 'Not recognised yet (added today)'
      : `Never recognised (added ${days(p.daysWithout)} ago)`;
  }
  if (p.daysWithout === 0) return 'Recognised today';
  return `${days(p.daysWithout)} without recognition`;
}
