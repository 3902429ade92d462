import type { DocumentFile } from '../storage/document-file';
import type { TeamDocument } from '../../../shared/model/documents';

/** The values the lead recognises people for, kept in the team file. */
export class ValuesService {
  constructor(private readonly team: DocumentFile<TeamDocument>) {}

  list(): string[] {
    return [...this.team.data.values];
  }

  async save(values: string[]): Promise<string[]> {
    const saved = await this.team.update((doc) => {
      doc.values = values;
    });
    return [...saved.values];
  }
}
