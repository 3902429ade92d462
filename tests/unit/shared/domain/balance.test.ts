import { describe, expect, it } from 'vitest';
import {
  countValues,
  daysAgo,
  personBalance,
  teamBalance,
  withinDays,
} from '../../../../shared/domain/balance';
import type { PersonDocument } from '../../../../shared/model/documents';
import type { Feedback } from '../../../../shared/model/feedback';
import type { Recognition } from '../../../../shared/model/recognition';
import { personDocument } from '../../helpers/store';

/** Wednesday 18 November 2026, 09:00 local time. */
const NOW = new Date('2026-11-18T09:00:00');
const ADDED = '2026-06-01T08:00:00.000Z';

let nextId = 1;
function praise(date: string, overrides: Partial<Recognition> = {}): Recognition {
  return {
    id: `r-${nextId++}`,
    date,
    text: 'Handled the outage queue',
    value: null,
    sharedIn: 'private',
    recipients: [{ personId: 'p-1', name: 'Sam Lee' }],
    createdAt: `${date}T10:00:00.000Z`,
    ...overrides,
  };
}

function feedback(date: string, kind: Feedback['kind']): Feedback {
  return {
    id: `f-${nextId++}`,
    kind,
    date,
    situation: 'S',
    behaviour: 'B',
    impact: 'I',
    nextStep: '',
    link: null,
    metricId: null,
    status: 'to_deliver',
    deliveredOn: null,
    deliveredInMeetingId: null,
    followUpOn: null,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
  };
}

function person(
  id: string,
  name: string,
  recognitions: Recognition[] = [],
  extra: Partial<PersonDocument> = {},
): PersonDocument {
  return { ...personDocument({ id, name, createdAt: ADDED }), recognitions, ...extra };
}

describe('daysAgo and withinDays', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(daysAgo('2026-11-18', NOW)).toBe(0);
    expect(daysAgo('2026-11-17', new Date('2026-11-18T00:05:00'))).toBe(1);
    expect(daysAgo('2026-10-19', NOW)).toBe(30);
  });

  it.each(['00:30', '23:30'])('counts a timestamp from its local day (added at %s)', (time) => {
    const added = new Date(`2026-11-17T${time}:00`).toISOString();
    expect(daysAgo(added, NOW)).toBe(1);
    expect(personBalance(personDocument({ createdAt: added }), NOW, 1)).toMatchObject({
      daysWithout: 1,
      pastGap: true,
    });
  });

  it('names today by the local date, late in the evening too', () => {
    const lateEvening = new Date('2026-11-18T23:30:00');
    expect(teamBalance([], lateEvening, 14).today).toBe('2026-11-18');
  });

  it('counts today as the first of the last 30 days, so 29 days ago is in and 30 is out', () => {
    expect(withinDays('2026-11-18', NOW, 30)).toBe(true);
    expect(withinDays('2026-10-20', NOW, 30)).toBe(true);
    expect(withinDays('2026-10-19', NOW, 30)).toBe(false);
    expect(withinDays('2026-11-19', NOW, 30)).toBe(false);
  });
});

describe('personBalance', () => {
  it('counts recognition and constructive feedback in the last 30 and 90 days', () => {
    const doc = person(
      'p-1',
      'Sam Lee',
      [
        praise('2026-11-18', { value: 'Ownership' }),
        praise('2026-11-01', { value: 'Ownership' }),
        praise('2026-09-15', { value: 'Empathy' }),
        praise('2026-05-01', { value: 'Teamwork' }),
      ],
      {
        feedback: [
          feedback('2026-11-10', 'constructive'),
          feedback('2026-11-11', 'positive'),
          feedback('2026-09-01', 'constructive'),
          feedback('2026-01-01', 'constructive'),
        ],
      },
    );
    expect(personBalance(doc, NOW, 14)).toEqual({
      personId: 'p-1',
      name: 'Sam Lee',
      role: 'Support engineer',
      lastRecognisedOn: '2026-11-18',
      daysWithout: 0,
      recognitions30: 2,
      recognitions90: 3,
      constructive30: 1,
      constructive90: 2,
      values: [
        { value: 'Ownership', count: 2 },
        { value: 'Empathy', count: 1 },
      ],
      pastGap: false,
    });
  });

  it('counts each window exactly as withinDays says, day by day and across DST changes', () => {
    // One recognition and one constructive feedback a day, from 120 days back to 5 days ahead;
    // "now" late in the evening on the day after Europe's and America's autumn change.
    const now = new Date('2026-11-02T23:30:00');
    const dates: string[] = [];
    for (let i = -5; i <= 120; i++) {
      const d = new Date(now);
      d.setDate(d.getDate() - i);
      dates.push(
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      );
    }
    const doc = person(
      'p-1',
      'Sam Lee',
      dates.map((d) => praise(d)),
      { feedback: dates.map((d) => feedback(d, 'constructive')) },
    );
    const count = (days: number) => dates.filter((d) => withinDays(d, now, days)).length;
    const balance = personBalance(doc, now, 14);
    expect(count(30)).toBe(30);
    expect(count(90)).toBe(90);
    expect(balance.recognitions30).toBe(count(30));
    expect(balance.recognitions90).toBe(count(90));
    expect(balance.constructive30).toBe(count(30));
    expect(balance.constructive90).toBe(count(90));
    const team = teamBalance([doc], now, 14);
    expect([team.total30, team.total90]).toEqual([count(30), count(90)]);
  });

  it('is past the gap on the threshold day itself, not the day before', () => {
    const at13 = person('p-1', 'Sam', [praise('2026-11-05')]);
    const at14 = person('p-1', 'Sam', [praise('2026-11-04')]);
    expect(personBalance(at13, NOW, 14)).toMatchObject({ daysWithout: 13, pastGap: false });
    expect(personBalance(at14, NOW, 14)).toMatchObject({ daysWithout: 14, pastGap: true });
    expect(personBalance(at14, NOW, 15).pastGap).toBe(false);
  });

  it('measures someone never recognised from the day they were added', () => {
    const fresh = personDocument({ createdAt: '2026-11-10T09:00:00.000Z' });
    expect(personBalance(fresh, NOW, 14)).toMatchObject({
      lastRecognisedOn: null,
      daysWithout: 8,
      pastGap: false,
    });
    const old = person('p-1', 'Sam');
    expect(personBalance(old, NOW, 14)).toMatchObject({ daysWithout: 170, pastGap: true });
  });

  it('uses the latest date even when entries were logged out of order', () => {
    const doc = person('p-1', 'Sam', [praise('2026-11-10'), praise('2026-10-01')]);
    expect(personBalance(doc, NOW, 14).lastRecognisedOn).toBe('2026-11-10');
  });

  it('never nudges about an archived person', () => {
    const doc = personDocument({ status: 'archived', createdAt: ADDED });
    expect(personBalance(doc, NOW, 14).pastGap).toBe(false);
  });
});

describe('teamBalance', () => {
  const team = () => {
    const together = praise('2026-11-16', {
      value: 'Teamwork',
      recipients: [
        { personId: 'a', name: 'Ana' },
        { personId: 'b', name: 'Ben' },
      ],
    });
    return [
      person('a', 'Ana', [together, praise('2026-10-01', { value: 'Empathy' })]),
      person('b', 'Ben', [structuredClone(together)]),
      person('c', 'Cleo', [praise('2026-10-20')]),
      person('d', 'Dev'),
      {
        ...person('e', 'Eve', [praise('2026-11-17', { value: 'Teamwork' })]),
        person: { ...person('e', 'Eve').person, status: 'archived' as const },
      },
    ];
  };

  it('lists active people, longest without recognition first, and nudges those past the gap', () => {
    const balance = teamBalance(team(), NOW, 14);
    expect(balance.today).toBe('2026-11-18');
    expect(balance.people.map((p) => `${p.name} ${p.daysWithout}`)).toEqual([
      'Dev 170',
      'Cleo 29',
      'Ana 2',
      'Ben 2',
    ]);
    expect(balance.nudges.map((p) => p.name)).toEqual(['Dev', 'Cleo']);
    expect(balance.longestWithout?.name).toBe('Dev');
  });

  it('counts a team recognition once in the totals and once for each recipient', () => {
    const balance = teamBalance(team(), NOW, 14);
    expect(balance.total30).toBe(3);
    expect(balance.total90).toBe(4);
    expect(balance.values).toEqual([
      { value: 'Teamwork', count: 2 },
      { value: 'Empathy', count: 1 },
    ]);
    expect(balance.spread).toEqual([
      { personId: 'a', name: 'Ana', recent: 1, earlier: 1 },
      { personId: 'b', name: 'Ben', recent: 1, earlier: 0 },
      { personId: 'c', name: 'Cleo', recent: 1, earlier: 0 },
      { personId: 'd', name: 'Dev', recent: 0, earlier: 0 },
    ]);
  });

  it('follows the threshold: with 30 days only Dev is nudged', () => {
    expect(teamBalance(team(), NOW, 30).nudges.map((p) => p.name)).toEqual(['Dev']);
  });

  it('answers an empty balance for an empty team', () => {
    expect(teamBalance([], NOW, 14)).toMatchObject({
      people: [],
      nudges: [],
      longestWithout: null,
      spread: [],
      total30: 0,
      total90: 0,
      values: [],
    });
  });
});

describe('countValues', () => {
  it('ignores entries without a value and breaks ties by name', () => {
    expect(
      countValues([
        { value: 'B' },
        { value: null },
        { value: 'A' },
        { value: 'B' },
        { value: 'C' },
      ]),
    ).toEqual([
      { value: 'B', count: 2 },
      { value: 'A', count: 1 },
      { value: 'C', count: 1 },
    ]);
  });
});
