import type { ReminderInput } from '../../../../../shared/domain/reminders/common';
import { defaultTeamKpis } from '../../../../../shared/domain/kpis/defaults';
import {
  emptyPersonCollections,
  PERSON_DOCUMENT_VERSION,
  type PersonDocument,
} from '../../../../../shared/model/documents';
import {
  defaultReminderSettings,
  type ReminderKind,
  type ReminderSettings,
} from '../../../../../shared/model/reminders';
import { makePerson, weeklyCadence } from '../../../helpers/people';

/** Sam Lee, met every Wednesday at 13:00 from 18 Nov 2026 (the fixed clock's day). */
export function personDoc(
  overrides: Partial<Omit<PersonDocument, 'person'>> & {
    person?: Parameters<typeof makePerson>[0];
  } = {},
): PersonDocument {
  const { person, ...rest } = overrides;
  return {
    schemaVersion: PERSON_DOCUMENT_VERSION,
    ...emptyPersonCollections(),
    person: makePerson({
      cadence: weeklyCadence({ weekday: 3, time: '13:00', startsOn: '2026-11-18' }),
      ...person,
    }),
    ...rest,
  };
}

/** Only the kinds named are on (with their default lead unless given). */
export function only(kinds: Partial<Record<ReminderKind, number | true>>): ReminderSettings {
  const settings = defaultReminderSettings();
  for (const kind of Object.keys(settings.kinds) as ReminderKind[]) {
    const choice = kinds[kind];
    settings.kinds[kind] = {
      enabled: choice !== undefined,
      lead: typeof choice === 'number' ? choice : settings.kinds[kind].lead,
    };
  }
  return settings;
}

export function input(
  people: PersonDocument[],
  settings: ReminderSettings = defaultReminderSettings(),
): ReminderInput {
  return {
    people,
    team: {
      preferences: { recognitionGapDays: 14, weekStartsOn: 'locale' },
      kpis: defaultTeamKpis('2026-01-01T00:00:00.000Z'),
    },
    settings,
  };
}

/** A local wall-clock instant, `2026-11-18T12:50`. */
export const local = (value: string): Date => new Date(value);
/** The stored form of a local wall-clock instant. */
export const iso = (value: string): string => new Date(value).toISOString();
