import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { Goal, SkillDefinition, Training } from '../../../shared/model/growth';

/** The team's skill, or a not-found error that names the field it came from. */
export function requireSkill(
  team: TeamDocument,
  skillId: string,
  field = 'skillId',
): SkillDefinition {
  const skill = team.growth.skills.find((s) => s.id === skillId);
  if (!skill) {
    const message = "This skill is not on the team's list any more. It may have been deleted.";
    throw new AppError('not_found', message, { [field]: message });
  }
  return skill;
}

export function requireGoal(doc: PersonDocument, goalId: string): Goal {
  const goal = doc.growth.goals.find((g) => g.id === goalId);
  if (!goal)
    throw new AppError('not_found', `This goal is not in ${doc.person.name}'s plan any more.`);
  return goal;
}

export function requireTraining(doc: PersonDocument, trainingId: string): Training {
  const training = doc.growth.trainings.find((t) => t.id === trainingId);
  if (!training) {
    throw new AppError('not_found', `This training is not in ${doc.person.name}'s log any more.`);
  }
  return training;
}

/** A 1:1 of this person, for milestones ticked and check-ins written in one. */
export function requireMeeting(doc: PersonDocument, meetingId: string, field = 'meetingId'): void {
  if (!doc.meetings.some((m) => m.id === meetingId)) {
    const message = `This 1:1 is not in ${doc.person.name}'s history any more.`;
    throw new AppError('not_found', message, { [field]: message });
  }
}
