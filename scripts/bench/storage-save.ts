// What one save costs beside a durable write of the very file it touches, measured in the same
// run: 10 people whose files hold five years of weekly 1:1s, growth history and 800 recognitions
// each (8,000 in all, one to three recipients each), and the same at ten times every list. Each
// save goes through the real backend (validate, serialise, write, fsync, rename, fsync the folder)
// and is followed by a plain `writeFileDurably` of the file's new text, so both see the same disk.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addWeeks, format, subYears } from 'date-fns';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import { writeFileDurably } from '../../electron/backend/storage/durable-write';
import { PERSON_DOCUMENT_VERSION, type PersonDocument } from '../../shared/model/documents';
import type { Recognition } from '../../shared/model/recognition';
import { benchPerson } from './bench-person';
import { median, ms, p95 } from './browser';
import { benchTeamDocument, growthHistory } from './growth';

const PEOPLE = 10;
const RECOGNITIONS = 8_000;
const NOTE = `## Since last time\n- Queue was heavy on Monday; handled 40 billing tickets\n- Shadowed tier 2 on API escalations\n\n## Wins\n- CSAT 96% this week\n`;

interface Person {
  id: string;
  name: string;
}

export function personDocument(person: Person, scale: number, now: Date): PersonDocument {
  const start = subYears(now, 5);
  const meetings = Array.from({ length: 260 * scale }, (_, i) => {
    const at = addDays(start, Math.floor((i * 7) / scale));
    return {
      id: randomUUID(),
      occurrence: null,
      at: format(at, "yyyy-MM-dd'T'10:00"),
      status: 'held' as const,
      statusReason: '',
      notes: `${NOTE}\n1:1 number ${i}`,
      privateNotes: 'Check in on the rota again.',
      mood: { score: 1 + (i % 5), word: 'steady' },
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    };
  });
  return {
    schemaVersion: PERSON_DOCUMENT_VERSION,
    person: benchPerson(person.id, person.name, start),
    schedule: { exceptions: [], pastCadences: [] },
    meetings,
    talkingPoints: meetings.slice(-40 * scale).map((m, order) => ({
      id: randomUUID(),
      text: `Talking point ${order}`,
      from: 'lead' as const,
      order,
      discussedIn: [m.id],
      resolvedAt: m.createdAt,
      resolvedInMeetingId: m.id,
      createdAt: m.createdAt,
    })),
    actionItems: meetings.slice(-60 * scale).map((m, i) => ({
      id: randomUUID(),
      text: `Action ${i}`,
      owner: 'report' as const,
      due: m.at.slice(0, 10),
      createdInMeetingId: m.id,
      doneAt: m.createdAt,
      createdAt: m.createdAt,
    })),
    feedback: [],
    recognitions: [],
    growth: growthHistory(now, start),
    kpis: { values: [] },
  };
}

/** 8,000 × scale acts, one to three recipients each, a copy in every recipient's file. */
export function spreadRecognitions(docs: PersonDocument[], scale: number, now: Date): void {
  const start = subYears(now, 5);
  for (let i = 0; i < RECOGNITIONS * scale; i++) {
    const count = 1 + (i % 3);
    const recipients = Array.from({ length: count }, (_, j) => docs[(i + j * 3) % docs.length]!);
    const at = addWeeks(start, (i * 260) / (RECOGNITIONS * scale));
    const act: Recognition = {
      id: randomUUID(),
      date: format(at, 'yyyy-MM-dd'),
      text: `Covered the weekend queue and wrote the macro everyone now uses (${i})`,
      value: i % 2 ? 'Ownership' : null,
      sharedIn: 'team_meeting',
      recipients: recipients.map((d) => ({ personId: d.person.id, name: d.person.name })),
      createdAt: at.toISOString(),
    };
    for (const doc of recipients) doc.recognitions.push(act);
  }
}

async function call(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const answer = await backend.invoke(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value;
}

/** One lead's saves, in turn: a note autosave, a talking point, a recognition, a mood. */
function saves(backend: Backend, doc: PersonDocument, now: Date) {
  const personId = doc.person.id;
  const meetingId = doc.meetings.at(-1)!.id;
  const today = format(now, 'yyyy-MM-dd');
  return [
    (i: number) =>
      call(backend, 'meetings:saveNotes', {
        personId,
        meetingId,
        notes: `${NOTE}\nEdit ${i}`,
        privateNotes: '',
      }),
    (i: number) => call(backend, 'points:add', { personId, text: `Point ${i}`, from: 'lead' }),
    (i: number) =>
      call(backend, 'recognition:create', {
        personIds: [personId],
        text: `Helped a colleague (${i})`,
        date: today,
        value: null,
      }),
    (i: number) =>
      call(backend, 'meetings:setMood', {
        personId,
        meetingId,
        mood: { score: 1 + (i % 5), word: 'steady' },
      }),
  ];
}

/** One scale's figures; answers the p95 ratio of a save to the durable write of its file. */
export async function benchScale(label: string, scale: number, runs: number): Promise<number> {
  const now = new Date();
  const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-save-'));
  try {
    await mkdir(join(dataDir, 'people'), { recursive: true });
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      id: randomUUID(),
      name: `Agent ${i + 1}`,
    }));
    const docs = people.map((p) => personDocument(p, scale, now));
    spreadRecognitions(docs, scale, now);
    // Written as format 5 files were: pretty-printed.
    for (const doc of docs)
      await writeFile(
        join(dataDir, 'people', `${doc.person.id}.json`),
        JSON.stringify(doc, null, 2),
      );
    await writeFile(join(dataDir, 'team.json'), JSON.stringify(benchTeamDocument(now), null, 2));
    const target = docs[0]!;
    const path = join(dataDir, 'people', `${target.person.id}.json`);
    const before = (await stat(path)).size;

    const backend = await createBackend({ dataDir });
    const kinds = saves(backend, target, now);
    const save: number[] = [];
    const write: number[] = [];
    const baseline = join(dataDir, 'people', 'baseline.json');
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await kinds[i % kinds.length]!(i);
      save.push(performance.now() - started);
      const text = await readFile(path, 'utf8');
      const written = performance.now();
      await writeFileDurably(baseline, text);
      write.push(performance.now() - written);
    }
    await backend.close();
    const after = (await stat(path)).size;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(
      `save at ${label} (${PEOPLE} people, ${(RECOGNITIONS * scale).toLocaleString('en')} recognitions; the saved person's file ${kib(before)} as written before, ${kib(after)} after): ` +
        `save median ${ms2(median(save))}, p95 ${ms2(p95(save))}; durable write of that file median ${ms2(median(write))}, p95 ${ms2(p95(write))}; ` +
        `p95 ratio ${(p95(save) / p95(write)).toFixed(2)}× (n=${runs}: note, point, recognition, mood in turn)`,
    );
    return p95(save) / p95(write);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const ms2 = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : ms(value));

export async function benchStorageSave(): Promise<void> {
  const five = await benchScale('five-year scale', 1, 200);
  const ten = await benchScale('ten times that', 10, 100);
  console.log(
    `save p95 ÷ durable write p95 (issue 12 asks at most 2×): five-year scale ${five.toFixed(2)}×, ten times that ${ten.toFixed(2)}×`,
  );
}
