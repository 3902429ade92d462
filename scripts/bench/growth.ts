// Growth at five-year scale for the load figure (plans, trainings and level history in every
// person file), and the skills matrix of 20 people × 40 skills in Chromium: the time from a key
// press to the grid showing the new level.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMonths, format } from 'date-fns';
import { createBackend } from '../../electron/backend/create-backend';
import { newTeamDocument } from '../../electron/backend/team/team-kind';
import type { PersonDocument, TeamDocument } from '../../shared/model/documents';
import type { PersonGrowth } from '../../shared/model/growth';

/** Skill ids the bench's team defines (bench-skill-0 ... bench-skill-39). */
export const benchSkillId = (i: number) => `bench-skill-${i}`;
export const BENCH_SKILLS = 40;

/** Five years of growth for one person: a goal and two trainings a quarter, levels moving up. */
export function growthHistory(now: Date, start: Date): PersonGrowth {
  const growth: PersonGrowth = { goals: [], trainings: [], skills: [], absences: [] };
  const day = (d: Date) => format(d, 'yyyy-MM-dd');
  let quarter = 0;
  for (let at = start; at < now; at = addMonths(at, 3), quarter++) {
    const stamp = at.toISOString();
    const goalId = randomUUID();
    growth.goals.push({
      id: goalId,
      title: `Quarter ${quarter + 1} goal: own a new queue`,
      why: 'Broader coverage for the team and a step toward Tier 2.',
      measure: 'Handles the queue alone with QA 90% or more.',
      startsOn: day(at),
      targetDate: day(addMonths(at, 3)),
      status: addMonths(at, 3) < now ? 'achieved' : 'in_progress',
      statusReason: '',
      achievedOn: addMonths(at, 3) < now ? day(addMonths(at, 3)) : null,
      skills: [
        {
          skillId: benchSkillId(quarter % BENCH_SKILLS),
          skillName: `Skill ${quarter % BENCH_SKILLS}`,
          targetLevel: 3,
        },
      ],
      milestones: [2, 6, 10].map((week) => ({
        id: randomUUID(),
        text: `Milestone at week ${week}`,
        due: day(addDays(at, week * 7)),
        doneOn: addDays(at, week * 7) < now ? day(addDays(at, week * 7)) : null,
        doneInMeetingId: null,
      })),
      checkIns: [3, 7, 11].map((week) => ({
        id: randomUUID(),
        on: day(addDays(at, week * 7)),
        text: 'Going well; shadowing booked for next week.',
        meetingId: null,
        createdAt: stamp,
      })),
      templateId: null,
      metricId: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    for (const kind of ['course', 'shadowing'] as const) {
      growth.trainings.push({
        id: randomUUID(),
        kind,
        title: `${kind === 'course' ? 'Course' : 'Shadowing'} in quarter ${quarter + 1}`,
        provider: kind === 'course' ? 'Support Academy' : '',
        status: 'completed',
        startedOn: day(at),
        dueOn: day(addDays(at, 30)),
        completedOn: day(addDays(at, 20)),
        hoursPlanned: 6,
        hoursSpent: 5.5,
        skills: [
          {
            skillId: benchSkillId(quarter % BENCH_SKILLS),
            skillName: `Skill ${quarter % BENCH_SKILLS}`,
          },
        ],
        goalId,
        trainer: null,
        expiresOn: null,
        url: '',
        note: '',
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  for (let i = 0; i < BENCH_SKILLS; i++) {
    growth.skills.push({
      skillId: benchSkillId(i),
      skillName: `Skill ${i}`,
      history: [0, 1, 2, 3].map((level) => ({
        level,
        on: day(addMonths(start, level * 12 + (i % 12))),
        at: addMonths(start, level * 12 + (i % 12)).toISOString(),
      })),
      targetLevel: 3,
      canTrain: i % 5 === 0,
    });
  }
  return growth;
}

/** A team file whose 40 skills the growth history above points at. */
export function benchTeamDocument(now: Date): TeamDocument {
  const team = newTeamDocument(now);
  team.growth.skills = Array.from({ length: BENCH_SKILLS }, (_, i) => ({
    id: benchSkillId(i),
    name: `Skill ${i}`,
    groupId: team.growth.groups[i % team.growth.groups.length]!.id,
    criticality: i % 4 === 0 ? ('critical' as const) : ('medium' as const),
    requiredLevel: 3,
    targetCoverage: 2,
    description: '',
    createdAt: now.toISOString(),
  }));
  return team;
}

/**
 * Load time with and without five years of growth in every person file, alternated in one run
 * so both see the same machine: what plans, trainings and level history add to the start.
 */
export async function benchGrowthLoad(docs: PersonDocument[], now: Date): Promise<void> {
  const RUNS = 5;
  const folders: Record<'with' | 'without', string> = {
    with: await mkdtemp(join(tmpdir(), 'coachbook-bench-growth-')),
    without: await mkdtemp(join(tmpdir(), 'coachbook-bench-nogrowth-')),
  };
  try {
    for (const [kind, dir] of Object.entries(folders)) {
      await mkdir(join(dir, 'people'), { recursive: true });
      await writeFile(join(dir, 'team.json'), JSON.stringify(benchTeamDocument(now), null, 2));
      for (const doc of docs) {
        const stored =
          kind === 'with'
            ? doc
            : { ...doc, growth: { goals: [], trainings: [], skills: [], absences: [] } };
        await writeFile(
          join(dir, 'people', `${doc.person.id}.json`),
          JSON.stringify(stored, null, 2),
        );
      }
    }
    const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const kind of ['without', 'with'] as const) {
        const start = performance.now();
        const backend = await createBackend({ dataDir: folders[kind] });
        times[kind].push(performance.now() - start);
        await backend.close();
      }
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const size = async (dir: string) =>
      (await stat(join(dir, 'people', `${docs[0]!.person.id}.json`))).size / 1024;
    console.log(
      `load at five-year scale, median of ${RUNS}: ${median(times.without).toFixed(0)} ms without growth, ${median(times.with).toFixed(0)} ms with plans, trainings and level history (one person file ${(await size(folders.without)).toFixed(0)} → ${(await size(folders.with)).toFixed(0)} KiB)`,
    );
  } finally {
    await rm(folders.with, { recursive: true, force: true });
    await rm(folders.without, { recursive: true, force: true });
  }
}
