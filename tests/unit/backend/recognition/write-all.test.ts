import { describe, expect, it } from 'vitest';
import { updateEach } from '../../../../electron/backend/recognition/write-all';
import type { DocumentFile } from '../../../../electron/backend/storage/document-file';
import type { PersonDocument } from '../../../../shared/model/documents';
import { personDocument } from '../../helpers/store';

/** A stand-in file that applies changes in memory and can be told to fail its next write. */
function fakeFile(id: string, failOnWrite = 0) {
  let data = personDocument({ id });
  let writes = 0;
  return {
    get data() {
      return data;
    },
    async update(change: (draft: PersonDocument) => void) {
      writes += 1;
      if (writes === failOnWrite) throw new Error('disk full');
      const draft = structuredClone(data);
      change(draft);
      data = draft;
      return data;
    },
  } as unknown as DocumentFile<PersonDocument>;
}

const addNote = (doc: PersonDocument) => {
  doc.person.note = 'changed';
};
const undoNote = (doc: PersonDocument) => {
  doc.person.note = '';
};

describe('updateEach', () => {
  it('changes every file', async () => {
    const files = [fakeFile('a'), fakeFile('b')];
    await updateEach(files, addNote, undoNote);
    expect(files.map((f) => f.data.person.note)).toEqual(['changed', 'changed']);
  });

  it('changes back the files already written when a later write fails, and rethrows', async () => {
    const files = [fakeFile('a'), fakeFile('b'), fakeFile('c', 1)];
    await expect(updateEach(files, addNote, undoNote)).rejects.toThrow('disk full');
    expect(files.map((f) => f.data.person.note)).toEqual(['', '', '']);
  });
});
