import { randomUUID } from 'node:crypto';
import type { TrainingFields } from '../../../shared/ipc/channels/growth';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { Training } from '../../../shared/model/growth';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import type { DocumentFile } from '../storage/document-file';
import { requireGoal, requireSkill, requireTraining } from './lookups';

/** The training log: courses, shadowing, certifications and the rest, in the person's file. */
export class TrainingService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly team: DocumentFile<TeamDocument>,
    private readonly clock: Clock,
  ) {}

  async create(input: ParsedInput<'growth:createTraining'>): Promise<Training> {
    const { personId, ...fields } = input;
    const file = requirePerson(this.repo, personId);
    const now = this.clock().toISOString();
    const training: Training = {
      id: randomUUID(),
      ...this.stored(file.data, fields),
      createdAt: now,
      updatedAt: now,
    };
    await file.update((doc) => {
      doc.growth.trainings.push(training);
    });
    return training;
  }

  async update(input: ParsedInput<'growth:updateTraining'>): Promise<Training> {
    const { personId, trainingId, ...fields } = input;
    const file = requirePerson(this.repo, personId);
    const current = requireTraining(file.data, trainingId);
    const training: Training = {
      ...current,
      ...this.stored(file.data, fields, current),
      updatedAt: this.clock().toISOString(),
    };
    await file.update((doc) => {
      doc.growth.trainings = doc.growth.trainings.map((t) => (t.id === trainingId ? training : t));
    });
    return training;
  }

  async remove(personId: string, trainingId: string): Promise<{ removed: true }> {
    const file = requirePerson(this.repo, personId);
    requireTraining(file.data, trainingId);
    await file.update((doc) => {
      doc.growth.trainings = doc.growth.trainings.filter((t) => t.id !== trainingId);
    });
    return { removed: true };
  }

  /** The fields as stored: skill names and the trainer's name kept beside their ids. */
  private stored(
    doc: PersonDocument,
    fields: TrainingFields,
    current?: Training,
  ): Omit<Training, 'id' | 'createdAt' | 'updatedAt'> {
    const { skillIds, trainerId, ...rest } = fields;
    if (fields.goalId) requireGoal(doc, fields.goalId);
    const skills = skillIds.map((id, i) => {
      // A skill deleted since the training was logged stays linked under its old name.
      const kept = current?.skills.find((s) => s.skillId === id);
      if (kept && !this.team.data.growth.skills.some((s) => s.id === id)) return kept;
      const skill = requireSkill(this.team.data, id, `skillIds.${i}`);
      return { skillId: skill.id, skillName: skill.name };
    });
    return { ...rest, skills, trainer: this.trainer(doc, trainerId, current) };
  }

  private trainer(doc: PersonDocument, trainerId: string | null, current?: Training) {
    if (!trainerId) return null;
    if (current?.trainer?.personId === trainerId && !this.repo.find(trainerId))
      return current.trainer;
    if (trainerId === doc.person.id) {
      const message = 'Pick someone else as the trainer.';
      throw new AppError('invalid_input', message, { trainerId: message });
    }
    const trainer = this.repo.find(trainerId);
    if (!trainer) {
      const message = 'This trainer is not in Coachbook any more.';
      throw new AppError('not_found', message, { trainerId: message });
    }
    return { personId: trainerId, name: trainer.data.person.name };
  }
}
