// The benchmark itself (bundled and run by scripts/bench.mjs). Five years of weekly 1:1s for 15
// people, written as the app would store them; then the time to autosave one note edit and to
// build one brief, through the real backend on a real folder. Then the renderer: what it loads at
// start, and its timings in Chromium over that same backend (renderer-size.ts, renderer-timing.ts).
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWeeks, format, subYears } from 'date-fns';
import { createBackend } from '../../electron/backend/create-backend';
import { PERSON_DOCUMENT_VERSION, type PersonDocument } from '../../shared/model/documents';
import type { Meeting } from '../../shared/model/meeting';
import { formatSizes, rendererSizes } from './renderer-size';
import { benchRenderer } from './renderer-timing';
import { benchGrowthLoad, benchTeamDocument, growthHistory } from './growth';
import { benchMatrix } from './growth-matrix';
import { benchStorageSave } from './storage-save';
import { benchComputeReminders, benchIdleWakeups } from './reminders';
import { benchKpiBrief, kpiHistory } from './kpi-brief';
import { benchPerson } from './bench-person';

const PEOPLE = 15;
const YEARS = 5;
const RUNS = 200;
const NOTE = `## Since last time\n- Queue was heavy on Monday; handled 40 billing tickets\n- Shadowed tier 2 on API escalations\n\n## Wins\n- CSAT 96% this week, two customers wrote in to say thanks\n\n## Worries\n- Weekend rota is tiring; wants to swap every other Saturday\n`;

function personDocument(index: number, now: Date): PersonDocument {
  const id = randomUUID();
  const start = subYears(now, YEARS);
  const meetings: Meeting[] = [];
  for (let at = start; at < now; at = addWeeks(at, 1)) {
    const stamp = at.toISOString();
    meetings.push({
      id: randomUUID(),
      occurrence: format(at, 'yyyy-MM-dd'),
      at: format(at, "yyyy-MM-dd'T'10:00"),
      status: 'held',
      statusReason: '',
      notes: NOTE,
      privateNotes: 'Check in on the rota again.',
      mood: { score: 1 + (meetings.length % 5), word: 'steady' },
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return {
    schemaVersion: PERSON_DOCUMENT_VERSION,
    person: benchPerson(id, `Agent ${index + 1}`, start),
    schedule: { exceptions: [], pastCadences: [] },
    meetings,
    talkingPoints: meetings.slice(-40).map((m, order) => ({
      id: randomUUID(),
      text: `Talking point ${order}`,
      from: 'lead' as const,
      order,
      discussedIn: [m.id],
      resolvedAt: order % 2 ? m.createdAt : null,
      resolvedInMeetingId: order % 2 ? m.id : null,
      createdAt: m.createdAt,
    })),
    actionItems: meetings.slice(-60).map((m, i) => ({
      id: randomUUID(),
      text: `Action ${i}`,
      owner: i % 2 ? ('lead' as const) : ('report' as const),
      due: m.at.slice(0, 10),
      createdInMeetingId: m.id,
      doneAt: i % 3 ? m.createdAt : null,
      createdAt: m.createdAt,
    })),
    feedback: [],
    recognitions: [],
    growth: growthHistory(now, start),
    kpis: kpiHistory(now, start, index),
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${pick(0.5).toFixed(2)} ms, p95 ${pick(0.95).toFixed(2)} ms (n=${samples.length})`;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const root = join(import.meta.dirname, '../..');
const sizes = await rendererSizes(join(root, 'out/renderer'));
console.log(
  `renderer at start: JS ${formatSizes(sizes.initialJs)}; CSS ${formatSizes(sizes.initialCss)}`,
);
console.log(
  `renderer loaded later: JS ${formatSizes(sizes.lazyJs)}; CSS ${formatSizes(sizes.lazyCss)}`,
);

const now = new Date();
const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-'));
try {
  await mkdir(join(dataDir, 'people'), { recursive: true });
  const docs = Array.from({ length: PEOPLE }, (_, i) => personDocument(i, now));
  for (const doc of docs)
    await writeFile(join(dataDir, 'people', `${doc.person.id}.json`), JSON.stringify(doc, null, 2));
  // The 40 skills every person's growth history points at.
  await writeFile(join(dataDir, 'team.json'), JSON.stringify(benchTeamDocument(now), null, 2));
  const target = docs[0]!;
  const meetingId = target.meetings.at(-1)!.id;
  const size = (await stat(join(dataDir, 'people', `${target.person.id}.json`))).size;
  console.log(
    `data set: ${PEOPLE} people, ${docs.reduce((n, d) => n + d.meetings.length, 0)} 1:1s; one person file ${(size / 1024).toFixed(0)} KiB`,
  );

  let backend!: Awaited<ReturnType<typeof createBackend>>;
  const load = await time(async () => (backend = await createBackend({ dataDir })));
  console.log(`load and validate everything at start: ${load.toFixed(0)} ms`);
  await benchGrowthLoad(docs, now);

  const save: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const notes = `${NOTE}\nEdit ${i}`;
    save.push(
      await time(() =>
        backend.invoke('meetings:saveNotes', {
          personId: target.person.id,
          meetingId,
          notes,
          privateNotes: '',
        }),
      ),
    );
  }
  console.log(`save one note edit (validate, write, fsync, rename): ${stats(save)}`);

  // A write across several files is all-or-nothing (storage/journal.ts): staged, journalled, renamed.
  const recipients = docs.slice(0, 3).map((d) => d.person.id);
  const praise: number[] = [];
  for (let i = 0; i < RUNS / 4; i++) {
    const text = `Covered the weekend queue ${i}`;
    const input = { personIds: recipients, text, date: format(now, 'yyyy-MM-dd'), value: null };
    praise.push(
      await time(async () => {
        const answer = await backend.invoke('recognition:create', {
          ...input,
          sharedIn: 'private',
        });
        if (!answer.ok) throw new Error(answer.error.message);
      }),
    );
  }
  console.log(`save one team recognition to 3 person files, all or nothing: ${stats(praise)}`);

  const brief: number[] = [];
  for (let i = 0; i < RUNS; i++)
    brief.push(await time(() => backend.invoke('brief:get', { personId: target.person.id })));
  console.log(`build one 1:1 brief (with five years of KPI values): ${stats(brief)}`);
  await benchStorageSave();
  benchKpiBrief(docs, benchTeamDocument(now), now);

  benchComputeReminders(docs, benchTeamDocument(now), now);
  await benchIdleWakeups();

  await benchRenderer({ root, backend });
  await benchMatrix(root);
  await backend.close();
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
