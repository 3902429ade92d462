import { describe, expect, it } from 'vitest';
import { valueOf } from '../../helpers/backend';
import { openOccurrence, withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';

describe("export:personMarkdown with the lead's own headings", () => {
  const dir = useTempDir();

  it('shifts them below the 1:1 heading, in notes and private notes, so the outline stays whole', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-17');
    await backend.invoke('meetings:saveNotes', {
      personId,
      meetingId: meeting.id,
      notes: '# Plan\nShadow Tier 2.\n\n## Risks\nHoliday cover.',
      privateNotes: '# Worries\nSleep.',
    });
    const { content } = valueOf<{ content: string }>(
      await backend.invoke('export:personMarkdown', { personId, includePrivate: true }),
    );
    const headings = content.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.filter((h) => /^#{1,2} /.test(h))).not.toContain('# Plan');
    expect(content).toContain('#### Plan\nShadow Tier 2.');
    expect(content).toContain('##### Risks');
    expect(content).toContain('#### Worries');
    // Only the export's own outline is at levels 1 and 2.
    expect(headings.filter((h) => /^# /.test(h))).toEqual(['# Sam Lee']);
  });
});
