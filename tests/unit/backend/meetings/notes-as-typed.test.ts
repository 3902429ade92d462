import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../shared/model/brief';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { getMeeting, openOccurrence, storedDocument, withPerson } from '../../helpers/meetings';
import { listTree, useTempDir } from '../../helpers/temp-dir';

interface Exported {
  fileName: string;
  content: string;
}

async function snapshot(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const rel of await listTree(dataDir)) {
    files[rel] = (await readFile(join(dataDir, rel))).toString('base64');
  }
  return files;
}

const NOTES = '    const queue = calmer;\n\n- rota\n  - weekends\n';
const PRIVATE = '\tWorried about burnout.\n';

describe('notes are stored as typed', () => {
  const dir = useTempDir();

  async function saveNotes(notes: string, privateNotes: string, occurrence = '2026-11-17') {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, occurrence);
    valueOf(
      await backend.invoke('meetings:saveNotes', {
        personId,
        meetingId: meeting.id,
        notes,
        privateNotes,
      }),
    );
    return { backend, personId, meetingId: meeting.id };
  }

  it('keeps leading indentation and the trailing newline of notes and private notes', async () => {
    const { backend, personId, meetingId } = await saveNotes(NOTES, PRIVATE);
    const { meeting } = await getMeeting(backend, personId, meetingId);
    expect(meeting.notes).toBe(NOTES);
    expect(meeting.privateNotes).toBe(PRIVATE);
    const stored = (await storedDocument(dir(), personId)).meetings[0]!;
    expect([stored.notes, stored.privateNotes]).toEqual([NOTES, PRIVATE]);
  });

  it('exports the notes with their indentation', async () => {
    const { backend, personId } = await saveNotes(NOTES, PRIVATE);
    const out = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId, includePrivate: true }),
    );
    expect(out.content).toContain(NOTES);
    expect(out.content).toContain(`**Private notes:**\n\n${PRIVATE}`);
  });

  it('stores notes of only whitespace as empty', async () => {
    const { backend, personId, meetingId } = await saveNotes(' \n\t\n ', '\u00a0\n');
    const { meeting } = await getMeeting(backend, personId, meetingId);
    expect([meeting.notes, meeting.privateNotes]).toEqual(['', '']);
  });

  it('leaves a planned 1:1 with only whitespace in its notes out of the export', async () => {
    const { backend, personId } = await saveNotes('  \n\n', ' \t\n', '2026-11-24');
    for (const includePrivate of [false, true]) {
      const out = valueOf<Exported>(
        await backend.invoke('export:personMarkdown', { personId, includePrivate }),
      );
      expect(out.content).toContain('_No 1:1s recorded._');
      expect(out.content).not.toContain('**Private notes:**');
    }
  });

  it('gives an empty summary in the brief for a held 1:1 whose notes are only whitespace', async () => {
    const { backend, personId, meetingId } = await saveNotes('\n   \n', '');
    await backend.invoke('meetings:setStatus', { personId, meetingId, status: 'held' });
    const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
    expect(brief.lastMeeting).toEqual({ id: meetingId, at: '2026-11-17T10:00', summary: '' });
  });

  it('refuses notes over the limit, counting what was typed, and writes nothing', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-17');
    const before = await snapshot(dir());
    const error = errorOf(
      await backend.invoke('meetings:saveNotes', {
        personId,
        meetingId: meeting.id,
        notes: `${' '.repeat(100_000)}x`,
        privateNotes: '',
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.notes).toBe('Notes must be at most 100000 characters.');
    expect(await snapshot(dir())).toEqual(before);
  });

  it('keeps a person note as typed', async () => {
    const backend = await startBackend(dir());
    const note = '  Prefers written feedback.\n- Mentor: Ana\n';
    const view = await createPerson(backend, { note });
    expect(view.person.note).toBe(note);
    expect((await storedDocument(dir(), view.person.id)).person.note).toBe(note);
  });
});
