import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { personDocumentSchema, type PersonDocument } from '../../../../shared/model/documents';
import { meetingSchema } from '../../../../shared/model/meeting';
import { recognitionSchema } from '../../../../shared/model/recognition';
import { makeRecognition } from '../../helpers/records';
import { richDocument } from '../../helpers/rich-document';
import { readJson, storeContext } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const REL = 'people/p-1.json';

async function open(dataDir: string, initial = richDocument) {
  const file = await DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dataDir), () =>
    initial(),
  );
  if (!file) throw new Error('open with an initial value must return a file');
  return file;
}

type Change = (doc: PersonDocument) => void;
const TOO_LONG = 'x'.repeat(100_001);

/** One invalid change in each part of a person file. */
const INVALID: [string, Change][] = [
  ['person', (doc) => void (doc.person.name = '')],
  ['schedule', (doc) => void (doc.schedule.exceptions[0]!.occurrence = '2026-02-30')],
  ['a 1:1', (doc) => void (doc.meetings[1]!.notes = TOO_LONG)],
  ['a new 1:1', (doc) => void doc.meetings.push({ ...doc.meetings[0]!, id: 'm-9', at: 'soon' })],
  ['a talking point', (doc) => void (doc.talkingPoints[0]!.text = '')],
  ['an action item', (doc) => void (doc.actionItems[1]!.due = '30/11/2026')],
  ['feedback', (doc) => void (doc.feedback[0]!.kind = 'nice' as 'positive')],
  ['a recognition', (doc) => void doc.recognitions.push(makeRecognition({ recipients: [] }))],
  ['a goal', (doc) => void (doc.growth.goals[0]!.title = '')],
  ['a training', (doc) => void doc.growth.trainings.push({} as never)],
  ['KPIs', (doc) => void doc.kpis.values.push({ metricId: 42 } as never)],
  ['the document itself', (doc) => void ((doc as { schemaVersion: number }).schemaVersion = 4)],
];

describe('a save validates and writes what changed', () => {
  const dir = useTempDir();
  afterEach(() => vi.restoreAllMocks());

  it.each(INVALID)('refuses an invalid change in %s, writing nothing', async (_, change) => {
    const file = await open(dir());
    const before = await readFile(join(dir(), REL), 'utf8');
    const held = file.data;
    await expect(file.update(change)).rejects.toMatchObject({
      code: 'internal',
      message: 'That change would leave the person invalid, so nothing was saved.',
    });
    expect(file.data).toBe(held);
    expect(await readFile(join(dir(), REL), 'utf8')).toBe(before);
  });

  it('does not validate the parts that did not change', async () => {
    const file = await open(dir());
    const whole = vi.spyOn(personDocumentSchema, 'safeParse');
    const meetings = vi.spyOn(meetingSchema, 'safeParse');
    const recognitions = vi.spyOn(recognitionSchema, 'safeParse');
    await file.update((doc) => {
      doc.meetings.find((m) => m.id === 'm-2')!.notes = 'We talked about the rota';
    });
    expect(whole).not.toHaveBeenCalled();
    expect(meetings).toHaveBeenCalledTimes(1);
    expect(recognitions).not.toHaveBeenCalled();
    expect(file.data.meetings[1]!.notes).toBe('We talked about the rota');
  });

  it('validates each file of a save across several files the same way', async () => {
    const ctx = storeContext(dir());
    const files = await Promise.all(
      ['people/p-1.json', 'people/p-2.json'].map((rel) =>
        DocumentFile.open<PersonDocument>(rel, personKind, ctx, () => richDocument()),
      ),
    );
    const whole = vi.spyOn(personDocumentSchema, 'safeParse');
    const recognitions = vi.spyOn(recognitionSchema, 'safeParse');
    const act = makeRecognition({ id: 'r-9' });
    await DocumentFile.updateMany(
      files.map((f) => f!),
      (doc) => void doc.recognitions.push(act),
    );
    expect(whole).not.toHaveBeenCalled();
    expect(recognitions).toHaveBeenCalledTimes(2);
    await expect(
      DocumentFile.updateMany(
        files.map((f) => f!),
        (doc) => void (doc.recognitions[0]!.text = ''),
      ),
    ).rejects.toMatchObject({ code: 'internal' });
  });

  it('writes compact JSON that reads back equal to what it holds', async () => {
    const file = await open(dir());
    await file.update((doc) => void (doc.person.note = 'compact'));
    const text = await readFile(join(dir(), REL), 'utf8');
    expect(text).toBe(`${JSON.stringify(file.data)}\n`);
    expect(text.trimEnd()).not.toContain('\n');
    expect(await readJson(join(dir(), REL))).toEqual(file.data);
  });

  it('reads a pretty-printed file from an earlier version, and writes it compact from then on', async () => {
    const doc = richDocument();
    await mkdir(join(dir(), 'people'));
    await writeFile(join(dir(), REL), `${JSON.stringify(doc, null, 2)}\n`);
    const file = await open(dir(), () => {
      throw new Error('the file exists: no initial value is needed');
    });
    expect(file.data).toEqual(doc);
    await file.update((d) => void (d.person.role = 'Team lead'));
    const again = await open(dir());
    expect(again.data).toEqual({ ...doc, person: { ...doc.person, role: 'Team lead' } });
    expect((await readFile(join(dir(), REL), 'utf8')).split('\n')).toHaveLength(2);
  });

  it('holds a frozen document, so nothing changes it without a save', async () => {
    const file = await open(dir());
    expect(() => file.data.meetings.push(file.data.meetings[0]!)).toThrow(TypeError);
    expect(() => {
      file.data.person.name = 'Changed in place';
    }).toThrow(TypeError);
    const saved = await file.update((doc) => void (doc.person.note = 'saved'));
    expect(Object.isFrozen(saved.person)).toBe(true);
    expect(saved.meetings).toBe(file.data.meetings);
  });
});
