// Reminders at five-year scale: computing every due reminder (all kinds on) over the bench's
// documents, and at ten times the team (the same five years for 150 people): the first look after
// the start, a new day (every person computed again), and as the engine looks (its ReminderMemo
// kept, the clock a minute on each time, every other look after one person's file was replaced).
// Then the engine's wake-ups per hour while idle, counted on a fake clock over a day.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/create-backend';
import type { ReminderTimer } from '../../electron/backend/reminders/timer';
import {
  computeReminders,
  LOOK_AHEAD_DAYS,
  ReminderMemo,
} from '../../shared/domain/reminders/compute';
import type { PersonDocument, TeamDocument } from '../../shared/model/documents';
import { defaultReminderSettings, REMINDER_KINDS } from '../../shared/model/reminders';

const RUNS = 200;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${pick(0.5).toFixed(2)} ms, p95 ${pick(0.95).toFixed(2)} ms (n=${samples.length})`;
}

/** `times` copies of the team, each person a new document (its own objects) with its own id. */
function scaled(people: PersonDocument[], times: number): PersonDocument[] {
  return Array.from({ length: times }, (_, copy) =>
    people.map((doc) =>
      copy === 0
        ? doc
        : (structuredClone({
            ...doc,
            person: {
              ...doc.person,
              id: `${doc.person.id}-${copy}`,
              name: `${doc.person.name} ${copy}`,
            },
          }) as PersonDocument),
    ),
  ).flat();
}

function benchScale(label: string, people: PersonDocument[], team: TeamDocument, now: Date) {
  const settings = defaultReminderSettings();
  for (const kind of REMINDER_KINDS) settings.kinds[kind].enabled = true;
  const input = { people, team, settings };
  const cold: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = computeReminders(input, now);
    cold.push(performance.now() - start);
    found = result.due.length + result.upcoming.length;
  }
  // The first look after the start: documents just read, nothing kept from an earlier look.
  const first: number[] = [];
  for (let i = 0; i < 20; i++) {
    const read = { ...input, people: structuredClone(people) };
    const start = performance.now();
    computeReminders(read, now);
    first.push(performance.now() - start);
  }
  const memo = new ReminderMemo();
  computeReminders(input, now, LOOK_AHEAD_DAYS, memo);
  const looks: number[] = [];
  const changed: number[] = [];
  let current = people;
  for (let i = 1; i <= RUNS; i++) {
    const edit = i % 2 === 0;
    if (edit) {
      // A write replaces one person's document (DocumentFile never changes one in place).
      const at = i % current.length;
      current = current.map((doc, n) => (n === at ? { ...doc } : doc));
    }
    const look = new Date(now.getTime() + i * 60_000);
    const start = performance.now();
    computeReminders({ ...input, people: current }, look, LOOK_AHEAD_DAYS, memo);
    (edit ? changed : looks).push(performance.now() - start);
  }
  console.log(`compute every due reminder, ${label} (${found} found):`);
  console.log(`  first look after the start (documents just read): ${stats(first)}`);
  console.log(`  a new day (every person computed again): ${stats(cold)}`);
  console.log(`  engine look a minute later (memo kept): ${stats(looks)}`);
  console.log(`  engine look after one person's file changed: ${stats(changed)}`);
}

export function benchComputeReminders(people: PersonDocument[], team: TeamDocument, now: Date) {
  benchScale(`${people.length} people, 5 years, all kinds on`, people, team, now);
  const ten = scaled(people, 10);
  benchScale(`10x: ${ten.length} people, 5 years`, ten, team, now);
}

/** An idle day (no documents) on a fake clock: how often the engine's timer fires. */
export async function benchIdleWakeups() {
  const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-reminders-'));
  let now = new Date('2026-11-18T00:00:00').getTime();
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  let longest = 0;
  const timer: ReminderTimer = {
    setTimeout: (run, ms) => {
      longest = Math.max(longest, ms);
      timers.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id as number),
  };
  try {
    const backend = await createBackend({ dataDir, clock: () => new Date(now), timer });
    const end = now + 24 * 3_600_000;
    let wakeUps = 0;
    await backend.reminders.settled();
    for (;;) {
      const [id, first] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !first || first.at > end) break;
      timers.delete(id);
      now = first.at;
      wakeUps++;
      first.run();
      await backend.reminders.settled();
    }
    console.log(
      `reminder engine while idle: ${(wakeUps / 24).toFixed(1)} wake-ups per hour over a simulated day; longest timer ${longest / 1000} s`,
    );
    await backend.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
