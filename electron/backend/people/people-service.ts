import { randomUUID } from 'node:crypto';
import { cadenceChanged } from '../../../shared/domain/cadence-text';
import { nameKey } from '../../../shared/domain/names';
import {
  keepFortnight,
  movesLeftByChange,
  pastCadencesAfterChange,
  upcomingOneOnOnes,
} from '../../../shared/domain/schedule';
import { toLocalDate, toLocalDateTime } from '../../../shared/domain/local-time';
import { startOfDay } from 'date-fns';
import type { PersonView } from '../../../shared/ipc/channels/people';
import { AppError } from '../../../shared/ipc/errors';
import {
  PERSON_DOCUMENT_VERSION,
  emptyPersonCollections,
  type PersonDocument,
} from '../../../shared/model/documents';
import type { Person } from '../../../shared/model/person';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Clock } from '../clock';
import type { PeopleRepository } from './people-repository';
import { SerialQueue } from '../serial-queue';
import { newMeeting } from '../meetings/new-meeting';

type PersonFields = ParsedInput<'people:create'>;

export class PeopleService {
  /** Roster changes check names against the whole team, so they run one at a time. */
  private readonly roster = new SerialQueue();

  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  view(doc: PersonDocument): PersonView {
    const { person } = doc;
    // From the start of today: a 1:1 earlier today is still "next" until it is marked.
    const next =
      person.status === 'active'
        ? upcomingOneOnOnes(doc, startOfDay(this.clock()), 1)[0]
        : undefined;
    return { person, nextMeeting: next ? toLocalDateTime(next.at) : null };
  }

  list(includeArchived: boolean): PersonView[] {
    return this.repo
      .all()
      .filter((d) => includeArchived || d.person.status === 'active')
      .sort((a, b) => a.person.name.localeCompare(b.person.name))
      .map((d) => this.view(d));
  }

  get(id: string): PersonView {
    return this.view(this.file(id).data);
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
      ...emptyPersonCollections(),
    };
    return this.view(await this.repo.create(document));
  }

  private async updateNow(id: string, fields: PersonFields): Promise<PersonView> {
    const file = this.file(id);
    this.assertUniqueName(fields.name, id);
    const today = toLocalDate(this.clock());
    const saved = await file.update((doc) => {
      const previous = doc.person.cadence;
      const cadence = keepFortnight(previous, fields.cadence);
      // A new cadence applies from its start date (today at the earliest); 1:1s before that keep
      // the cadences they had, however many changes were made, and 1:1s written down never move.
      if (cadenceChanged(previous, cadence)) {
        const applies = cadence.startsOn > today ? cadence.startsOn : today;
        doc.schedule.pastCadences = pastCadencesAfterChange(previous, doc.schedule, applies);
        // A 1:1 moved by hand to a date of its own stays there as a one-off.
        const now = this.clock().toISOString();
        for (const left of movesLeftByChange(cadence, doc.schedule, doc.meetings))
          doc.meetings.push(newMeeting(left.occurrence, left.at, now));
      }
      doc.person = { ...doc.person, ...fields, cadence, updatedAt: this.clock().toISOString() };
    });
    return this.view(saved);
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
    return this.view(saved);
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
    // Look-alike spellings (NFD beside NFC, a no-break space, a hidden mark, another case) clash.
    const key = nameKey(name);
    const clash = this.repo
      .all()
      .find((d) => d.person.id !== exceptId && nameKey(d.person.name) === key);
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
