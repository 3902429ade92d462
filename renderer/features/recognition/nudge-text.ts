import type { TeamBalance } from '../../../shared/model/balance';

/**
 * What Today's nudge card says when nobody is past the threshold, true for the team it is about:
 * a team with no recognition logged yet is not told that nobody has gone N days without it.
 */
export function noNudgeText(balance: Pick<TeamBalance, 'people' | 'gapDays'>): string {
  const never = balance.people.filter((p) => p.lastRecognisedOn === null);
  const after = `Coachbook nudges you here about anyone who goes ${balance.gapDays} days without it.`;
  if (never.length === balance.people.length) return `No recognition logged yet. ${after}`;
  if (never.length === 0)
    return `Everyone has been recognised in the last ${balance.gapDays} days.`;
  const who = never.length === 1 ? '1 person' : `${never.length} people`;
  return `Everyone else has been recognised in the last ${balance.gapDays} days; ${who} added recently not yet. ${after}`;
}
