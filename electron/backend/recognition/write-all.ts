import type { PersonDocument } from '../../../shared/model/documents';
import type { DocumentFile } from '../storage/document-file';

type Change = (draft: PersonDocument) => void;

/**
 * Applies one change to several person files, one file at a time. When a write fails, the files
 * already written are changed back (best effort), so a team recognition is never left in some
 * recipients' histories and not in others'.
 */
export async function updateEach(
  files: DocumentFile<PersonDocument>[],
  change: Change,
  undo: Change,
): Promise<void> {
  const written: DocumentFile<PersonDocument>[] = [];
  try {
    for (const file of files) {
      await file.update(change);
      written.push(file);
    }
  } catch (error) {
    for (const file of written.reverse()) {
      await file.update(undo).catch(() => undefined);
    }
    throw error;
  }
}
