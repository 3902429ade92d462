import { randomUUID } from 'node:crypto';
import { nextMeeting } from '../../../shared/domain/cadence';
import type { PersonView } from '../../../shared/ipc/channels/people';
import { AppError } from '../../../shared/ipc/errors';
import { PERSON_DOCUMENT_VERSION, type PersonDocument } from '../../../shared/model/documents';
import type { Person } from '../../../shared/model/person';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Clock } from '../clock';
import type { PeopleRepository } from './people-repository';
import { SerialQueue } from '../serial-queue';

type PersonFields = ParsedInput<'people:create'>;

export class PeopleService {
  /** Roster changes check names against the whole team, so they run one at a time. */
  private readonly roster = new SerialQueue();

  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  view(person: Person): PersonView {
    const next = person.status === 'active' ? nextMeeting(person.cadence, this.clock()) : null;
    return { person, nextMeeting: next ? next.toISOString() : null };
  }

  list(includeArchived: boolean): PersonView[] {
    return this.repo
      .all()
      .map((d) => d.person)
      .filter((p) => includeArchived || p.status === 'active')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => this.view(p));
  }

  get(id: string): PersonView {
    return this.view(this.file(id).data.person);
  }

  create(fields: PersonFields): Promise<PersonView> {
    return this.roster.run(() => this.createNow(fields));
  }

  update(id: string, fields: PersonFields): Promise<PersonView> {
    return this.roster.run(() => this.updateNow(id, fields));
  }

  private async createNow(fields: PersonFields): Promise<PersonView> {
    this.assertUniqueName(fields.name);
    const now = this.clock().toISOString();
    const document: PersonDocument = {
      schemaVersion: PERSON_DOCUMENT_VERSION,
      person: {
        ...fields,
        id: randomUUID(),
        status: 'active',
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      },
    };
    return this.view((await this.repo.create(document)).person);
  }

  private async updateNow(id: string, fields: PersonFields): Promise<PersonView> {
    const file = this.file(id);
    this.assertUniqueName(fields.name, id);
    const saved = await file.update((doc) => {
      doc.person = { ...doc.person, ...fields, updatedAt: this.clock().toISOString() };
    });
    return this.view(saved.person);
  }

  async archive(id: string): Promise<PersonView> {
    return this.setStatus(id, 'archived');
  }

  async restore(id: string): Promise<PersonView> {
    return this.setStatus(id, 'active');
  }

  remove(id: string): Promise<{ deleted: true }> {
    return this.roster.run(async () => {
      this.file(id);
      await this.repo.remove(id);
      return { deleted: true as const };
    });
  }

  private async setStatus(id: string, status: Person['status']): Promise<PersonView> {
    const file = this.file(id);
    const now = this.clock().toISOString();
    const saved = await file.update((doc) => {
      doc.person.status = status;
      doc.person.archivedAt = status === 'archived' ? now : null;
      doc.person.updatedAt = now;
    });
    return this.view(saved.person);
  }

  private file(id: string) {
    const file = this.repo.find(id);
    if (!file)
      throw new AppError(
        'not_found',
        'This person is not in Coachbook any more. They may have been deleted.',
      );
    return file;
  }

  /** Two people with the same name make every list and export ambiguous. */
  private assertUniqueName(name: string, exceptId?: string): void {
    const key = name.trim().toLocaleLowerCase();
    const clash = this.repo
      .all()
      .find((d) => d.person.id !== exceptId && d.person.name.trim().toLocaleLowerCase() === key);
    if (clash) {
      throw new AppError(
        'conflict',
        `${clash.person.name} is already on your team. Use a different name, for example with an initial.`,
        {
          name: 'Someone on your team already has this name.',
        },
      );
    }
  }
}
