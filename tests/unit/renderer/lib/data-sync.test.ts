import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { syncOnDataChanges } from '../../../../renderer/lib/data-sync';
import { queryKeys } from '../../../../renderer/lib/query-keys';
import type { CoachbookApi } from '../../../../shared/ipc/create-api';
import type { DataChange } from '../../../../shared/ipc/events';

/** A stand-in for window.coachbook.events that the test fires by hand. */
function fakeEvents() {
  const listeners = new Set<(change: DataChange) => void>();
  const events = {
    on: (_event: 'data:changed', listener: (change: DataChange) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } as CoachbookApi['events'];
  return { events, fire: (change: DataChange) => listeners.forEach((l) => l(change)) };
}

const SAM = 'p-sam';
const ANA = 'p-ana';
const KEYS = {
  samProfile: queryKeys.profile(SAM),
  samMeeting: queryKeys.meeting(SAM, 'm-1'),
  samFeedback: queryKeys.feedback(SAM),
  anaProfile: queryKeys.profile(ANA),
  anaMeetings: queryKeys.meetings(ANA),
  values: queryKeys.values,
  questionBank: queryKeys.questionBank,
  preferences: queryKeys.recognitionPreferences,
  roster: queryKeys.roster,
  today: queryKeys.today,
  balance: queryKeys.balance,
  feed: queryKeys.feed({ personId: null, value: null, sharedIn: null }),
  anaBrief: queryKeys.brief(ANA),
  anaRecognition: queryKeys.personRecognition(ANA),
  appInfo: queryKeys.appInfo,
};
type Name = keyof typeof KEYS;

describe('syncOnDataChanges', () => {
  let client: QueryClient;
  afterEach(() => client.clear());

  function setUp() {
    client = new QueryClient();
    for (const key of Object.values(KEYS)) client.setQueryData(key, { cached: true });
    const { events, fire } = fakeEvents();
    const stop = syncOnDataChanges(client, events);
    const stale = () =>
      (Object.keys(KEYS) as Name[]).filter(
        (name) => client.getQueryState(KEYS[name])?.isInvalidated,
      );
    return { fire, stop, stale };
  }

  it('refreshes the person changed and every cross-document view, nothing else', () => {
    const { fire, stale } = setUp();
    fire({ kind: 'person', id: SAM });
    expect(stale()).toEqual([
      'samProfile',
      'samMeeting',
      'samFeedback',
      'roster',
      'today',
      'balance',
      'feed',
      'anaBrief',
      'anaRecognition',
    ]);
  });

  it('refreshes the team views and every cross-document view for a team change', () => {
    const { fire, stale } = setUp();
    fire({ kind: 'team' });
    expect(stale()).toEqual([
      'values',
      'questionBank',
      'preferences',
      'roster',
      'today',
      'balance',
      'feed',
      'anaBrief',
      'anaRecognition',
    ]);
  });

  it('refreshes nothing once stopped', () => {
    const { fire, stop, stale } = setUp();
    stop();
    fire({ kind: 'team' });
    expect(stale()).toEqual([]);
  });
});
