import type { TrainingFields } from '../../../shared/ipc/channels/growth';
import type { Training, TrainingKind, TrainingStatus } from '../../../shared/model/growth';

/** What the training form holds: dates and numbers as the inputs give them (text). */
export interface TrainingFormValues {
  kind: TrainingKind;
  title: string;
  provider: string;
  status: TrainingStatus;
  startedOn: string;
  dueOn: string;
  completedOn: string;
  hoursPlanned: string;
  hoursSpent: string;
  skillIds: string[];
  goalId: string;
  trainerId: string;
  expiresOn: string;
  url: string;
  note: string;
}

export function blankTraining(): TrainingFormValues {
  return {
    kind: 'course',
    title: '',
    provider: '',
    status: 'planned',
    startedOn: '',
    dueOn: '',
    completedOn: '',
    hoursPlanned: '',
    hoursSpent: '',
    skillIds: [],
    goalId: '',
    trainerId: '',
    expiresOn: '',
    url: '',
    note: '',
  };
}

export function toFormValues(t: Training): TrainingFormValues {
  return {
    kind: t.kind,
    title: t.title,
    provider: t.provider,
    status: t.status,
    startedOn: t.startedOn ?? '',
    dueOn: t.dueOn ?? '',
    completedOn: t.completedOn ?? '',
    hoursPlanned: t.hoursPlanned === null ? '' : String(t.hoursPlanned),
    hoursSpent: t.hoursSpent ? String(t.hoursSpent) : '',
    skillIds: t.skills.map((s) => s.skillId),
    goalId: t.goalId ?? '',
    trainerId: t.trainer?.personId ?? '',
    expiresOn: t.expiresOn ?? '',
    url: t.url,
    note: t.note,
  };
}

/** Empty text is "none"; a number typed with a comma is read as a decimal. */
const hours = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

export function toTrainingInput(v: TrainingFormValues): TrainingFields {
  return {
    kind: v.kind,
    title: v.title,
    provider: v.provider,
    status: v.status,
    startedOn: v.startedOn || null,
    dueOn: v.dueOn || null,
    completedOn: v.completedOn || null,
    hoursPlanned: hours(v.hoursPlanned),
    hoursSpent: hours(v.hoursSpent) ?? 0,
    skillIds: v.skillIds,
    goalId: v.goalId || null,
    trainerId: v.trainerId || null,
    expiresOn: v.expiresOn || null,
    url: v.url,
    note: v.note,
  };
}
