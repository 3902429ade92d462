import { describe, expect, it } from 'vitest';
import {
  coverageGaps,
  coverageState,
  droppedByAbsence,
  keyPeople,
  skillCoverage,
} from '../../../../../shared/domain/growth/coverage';
import { leave, levels, person, skill } from './fixtures';

const TODAY = '2026-11-18';

describe('coverageState', () => {
  it.each([
    [0, 2, 'none'],
    [0, 1, 'none'],
    [1, 1, 'single'],
    [1, 3, 'single'],
    [2, 3, 'thin'],
    [2, 2, 'covered'],
    [3, 3, 'covered'],
    [4, 3, 'covered'],
  ] as const)('%i people for a target of %i is %s', (count, target, state) => {
    expect(coverageState(count, target)).toBe(state);
  });
});

describe('skillCoverage', () => {
  const billing = skill('Billing', { requiredLevel: 3, targetCoverage: 2 });

  it('counts active people at or above the required level, never below it', () => {
    const [c] = skillCoverage(
      [billing],
      [
        person('Ana', levels({ billing: 3 })),
        person('Ben', levels({ billing: 4 })),
        person('Cleo', levels({ billing: 2 })),
        person('Dev', []),
      ],
      { today: TODAY },
    );
    expect(c!.coverers.map((p) => [p.name, p.level])).toEqual([
      ['Ben', 4],
      ['Ana', 3],
    ]);
    expect(c).toMatchObject({ count: 2, state: 'covered', shortBy: 0 });
  });

  it('leaves archived people out', () => {
    const [c] = skillCoverage(
      [billing],
      [
        person('Ana', levels({ billing: 3 })),
        person('Ben', levels({ billing: 4 }), { status: 'archived' }),
      ],
      { today: TODAY },
    );
    expect(c).toMatchObject({ count: 1, state: 'single', away: [], shortBy: 1 });
  });

  it.each([
    ['the day before leave starts', '2026-11-17', 2],
    ['the first day of leave', '2026-11-18', 1],
    ['the last day of leave', '2026-11-20', 1],
    ['the day after leave ends', '2026-11-21', 2],
  ])('counts someone on dated leave as away: %s', (_label, today, count) => {
    const [c] = skillCoverage(
      [billing],
      [
        person('Ana', levels({ billing: 3 })),
        person('Ben', levels({ billing: 3 }), { absences: [leave('2026-11-18', '2026-11-20')] }),
      ],
      { today },
    );
    expect(c!.count).toBe(count);
    expect(c!.away.map((a) => a.name)).toEqual(count === 1 ? ['Ben'] : []);
  });

  it('applies a what-if on top of real leave', () => {
    const people = [
      person('Ana', levels({ billing: 3 })),
      person('Ben', levels({ billing: 3 }), { absences: [leave('2026-11-18', '2026-11-18')] }),
    ];
    const [c] = skillCoverage([billing], people, { today: TODAY, whatIfAway: new Set(['ana']) });
    expect(c).toMatchObject({ count: 0, state: 'none', shortBy: 2 });
    expect(c!.away.map((a) => a.name)).toEqual(['Ana', 'Ben']);
  });

  it('lists as trainers those here who are marked, or at level 4', () => {
    const [c] = skillCoverage(
      [billing],
      [
        person('Ana', levels({ billing: { level: 3, canTrain: true } })),
        person('Ben', levels({ billing: 4 })),
        person('Cleo', levels({ billing: 3 })),
        person('Dev', levels({ billing: { level: 2, canTrain: true } })),
        person('Eve', levels({ billing: 4 }), { absences: [leave(TODAY, TODAY)] }),
      ],
      { today: TODAY },
    );
    expect(c!.trainers.map((t) => t.name)).toEqual(['Ben', 'Ana']);
  });

  it('treats a skill nobody has a level in as no coverage', () => {
    expect(skillCoverage([billing], [], { today: TODAY })[0]).toMatchObject({
      count: 0,
      state: 'none',
    });
  });
});

describe('keyPeople', () => {
  const critical = (name: string) => skill(name, { criticality: 'critical' });

  it('warns when one person alone covers two or more critical skills', () => {
    const coverage = skillCoverage(
      [critical('Phone'), critical('Billing'), critical('Chat'), skill('Email')],
      [
        person('Ana', levels({ phone: 3, billing: 3, chat: 3, email: 3 })),
        person('Ben', levels({ chat: 3 })),
      ],
      { today: TODAY },
    );
    expect(keyPeople(coverage)).toEqual([
      { personId: 'ana', name: 'Ana', skills: ['Phone', 'Billing'] },
    ]);
  });

  it('says nothing for one critical skill alone, or a medium one', () => {
    const coverage = skillCoverage(
      [critical('Phone'), skill('Email')],
      [person('Ana', levels({ phone: 3, email: 3 }))],
      { today: TODAY },
    );
    expect(keyPeople(coverage)).toEqual([]);
  });
});

describe('gaps and what absences drop', () => {
  it('lists skills below target, critical and emptiest first', () => {
    const coverage = skillCoverage(
      [skill('Email'), skill('Phone', { criticality: 'critical' }), skill('Chat'), skill('Social')],
      [person('Ana', levels({ email: 3, phone: 3, chat: 3 })), person('Ben', levels({ chat: 3 }))],
      { today: TODAY },
    );
    expect(coverageGaps(coverage).map((c) => [c.name, c.state])).toEqual([
      ['Phone', 'single'],
      ['Social', 'none'],
      ['Email', 'single'],
    ]);
  });

  it('names the skills that fall below target only because of the absences', () => {
    const skills = [skill('Email'), skill('Chat', { targetCoverage: 1 })];
    const people = [
      person('Ana', levels({ email: 3, chat: 3 })),
      person('Ben', levels({ email: 3, chat: 3 })),
    ];
    const before = skillCoverage(skills, people, { today: TODAY });
    const after = skillCoverage(skills, people, { today: TODAY, whatIfAway: new Set(['ben']) });
    expect(droppedByAbsence(before, after).map((c) => c.name)).toEqual(['Email', 'Chat']);
  });
});
