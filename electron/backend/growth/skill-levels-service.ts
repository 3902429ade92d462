import { randomUUID } from 'node:crypto';
import { crossTrainingPlan } from '../../../shared/domain/growth/plans';
import { skillCoverage } from '../../../shared/domain/growth/coverage';
import { currentLevel } from '../../../shared/domain/growth/levels';
import { toLocalDate } from '../../../shared/domain/local-time';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { Absence, Goal, PersonSkill, Training } from '../../../shared/model/growth';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import type { DocumentFile } from '../storage/document-file';
import { requireSkill } from './lookups';
import { coveragePeople } from './growth-views';

/** Skill levels (appended, never overwritten), trainer marks, leave and cross-training. */
export class SkillLevelsService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly team: DocumentFile<TeamDocument>,
    private readonly clock: Clock,
  ) {}

  /** Appends the level with today's date; the same level again changes nothing. */
  async setLevel(input: ParsedInput<'growth:setLevel'>): Promise<PersonSkill> {
    const file = requirePerson(this.repo, input.personId);
    const skill = requireSkill(this.team.data, input.skillId);
    const existing = file.data.growth.skills.find((s) => s.skillId === skill.id);
    if (existing && existing.history.length > 0 && currentLevel(existing) === input.level) {
      return existing;
    }
    const now = this.clock();
    const change = { level: input.level, on: toLocalDate(now), at: now.toISOString() };
    return this.changeSkill(file, skill.id, skill.name, (entry) => {
      entry.history.push(change);
    });
  }

  setMarks(input: ParsedInput<'growth:setSkillMarks'>): Promise<PersonSkill> {
    const file = requirePerson(this.repo, input.personId);
    const skill = requireSkill(this.team.data, input.skillId);
    return this.changeSkill(file, skill.id, skill.name, (entry) => {
      entry.targetLevel = input.targetLevel;
      entry.canTrain = input.canTrain;
    });
  }

  async addAbsence(input: ParsedInput<'growth:addAbsence'>): Promise<Absence> {
    const file = requirePerson(this.repo, input.personId);
    const absence: Absence = { id: randomUUID(), from: input.from, to: input.to, note: input.note };
    await file.update((doc) => {
      doc.growth.absences.push(absence);
      doc.growth.absences.sort((a, b) => a.from.localeCompare(b.from));
    });
    return absence;
  }

  async removeAbsence(personId: string, absenceId: string): Promise<{ removed: true }> {
    const file = requirePerson(this.repo, personId);
    if (!file.data.growth.absences.some((a) => a.id === absenceId)) {
      throw new AppError('not_found', 'This leave is not recorded any more.');
    }
    await file.update((doc) => {
      doc.growth.absences = doc.growth.absences.filter((a) => a.id !== absenceId);
    });
    return { removed: true };
  }

  /** One write, to the learner's file: a goal for the skill and shadowing with the trainer. */
  async crossTrain(
    input: ParsedInput<'growth:crossTrain'>,
  ): Promise<{ goal: Goal; training: Training }> {
    const file = requirePerson(this.repo, input.personId);
    const skill = requireSkill(this.team.data, input.skillId);
    const trainer = this.repo.find(input.trainerId);
    const trainerField = (message: string, code: 'invalid_input' | 'not_found' = 'invalid_input') =>
      new AppError(code, message, { trainerId: message });
    if (!trainer) throw trainerField('This trainer is not in Coachbook any more.', 'not_found');
    if (input.trainerId === input.personId) throw trainerField('Pick someone else to teach it.');
    if (trainer.data.person.status !== 'active') {
      throw trainerField(`${trainer.data.person.name} is archived: pick someone active.`);
    }
    if (file.data.person.status !== 'active') {
      throw new AppError('invalid_input', `${file.data.person.name} is archived.`);
    }
    const today = toLocalDate(this.clock());
    if (input.dueOn && input.dueOn < today) {
      const message = 'Use today or a later date.';
      throw new AppError('invalid_input', message, { dueOn: message });
    }
    const coverage = skillCoverage([skill], coveragePeople(this.repo.all()), { today })[0]!;
    const plan = crossTrainingPlan(
      {
        skill,
        trainer: { personId: input.trainerId, name: trainer.data.person.name },
        today,
        dueOn: input.dueOn,
        coveredBy: coverage.count,
        levelName: this.team.data.growth.levelDescriptions[skill.requiredLevel] ?? '',
      },
      randomUUID,
      this.clock().toISOString(),
    );
    await file.update((doc) => {
      doc.growth.goals.push(plan.goal);
      doc.growth.trainings.push(plan.training);
      const entry = doc.growth.skills.find((s) => s.skillId === skill.id);
      if (!entry) {
        doc.growth.skills.push({
          skillId: skill.id,
          skillName: skill.name,
          history: [],
          targetLevel: skill.requiredLevel,
          canTrain: false,
        });
      } else if ((entry.targetLevel ?? 0) < skill.requiredLevel) {
        entry.targetLevel = skill.requiredLevel;
      }
    });
    return plan;
  }

  private async changeSkill(
    file: DocumentFile<PersonDocument>,
    skillId: string,
    skillName: string,
    mutate: (entry: PersonSkill) => void,
  ): Promise<PersonSkill> {
    const doc = await file.update((draft) => {
      let entry = draft.growth.skills.find((s) => s.skillId === skillId);
      if (!entry) {
        entry = { skillId, skillName, history: [], targetLevel: null, canTrain: false };
        draft.growth.skills.push(entry);
      }
      entry.skillName = skillName;
      mutate(entry);
    });
    return doc.growth.skills.find((s) => s.skillId === skillId)!;
  }
}
