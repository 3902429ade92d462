import type { PersonDocument } from '../../../shared/model/documents';
import { DocumentFile } from '../storage/document-file';

type Change = (draft: PersonDocument) => void;

/**
 * Applies one change to several person files, all or nothing, also across a crash: every file is
 * validated first, then all are written under one journal record (storage/journal.ts), which the
 * next start finishes if Coachbook stops halfway. A team recognition is never left in some
 * recipients' histories and not in others'.
 */
export async function updateEach(
  files: DocumentFile<PersonDocument>[],
  change: Change,
): Promise<void> {
  await DocumentFile.updateMany(files, change);
}
