import { randomUUID } from 'node:crypto';
import { goalsFromTemplate } from '../../../shared/domain/growth/plans';
import { toLocalDate } from '../../../shared/domain/local-time';
import { milestoneBeforeStart } from '../../../shared/ipc/channels/growth';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { CheckIn, Goal } from '../../../shared/model/growth';
import type { Clock } from '../clock';
import { checkMetricLink } from '../kpis/metric-link';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import type { DocumentFile } from '../storage/document-file';
import { requireGoal, requireMeeting, requireSkill } from './lookups';

type GoalSkills = ParsedInput<'growth:createGoal'>['skills'];

/** Development plans: goals, their milestones and check-ins, in the person's own file. */
export class PlanService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly team: DocumentFile<TeamDocument>,
    private readonly clock: Clock,
  ) {}

  async createGoal(input: ParsedInput<'growth:createGoal'>): Promise<Goal> {
    const file = requirePerson(this.repo, input.personId);
    const now = this.clock().toISOString();
    const goal: Goal = {
      id: randomUUID(),
      title: input.title,
      why: input.why,
      measure: input.measure,
      startsOn: input.startsOn,
      targetDate: input.targetDate,
      status: 'planned',
      statusReason: '',
      achievedOn: null,
      skills: this.skillRefs(input.skills),
      milestones: input.milestones.map((m) => ({
        id: randomUUID(),
        text: m.text,
        due: m.due,
        doneOn: null,
        doneInMeetingId: null,
      })),
      checkIns: [],
      templateId: null,
      metricId: checkMetricLink(this.team.data, input.metricId),
      createdAt: now,
      updatedAt: now,
    };
    await file.update((doc) => {
      doc.growth.goals.push(goal);
    });
    return goal;
  }

  async updateGoal(input: ParsedInput<'growth:updateGoal'>): Promise<Goal> {
    const { personId, goalId, ...fields } = input;
    const file = requirePerson(this.repo, personId);
    const current = requireGoal(file.data, goalId);
    const early = current.milestones.find((m) => m.due !== null && m.due < fields.startsOn);
    if (early) {
      const message = milestoneBeforeStart(fields.startsOn);
      throw new AppError('invalid_input', message, { startsOn: message });
    }
    const metricId = checkMetricLink(this.team.data, fields.metricId, current.metricId);
    const skills = this.skillRefs(fields.skills, current.skills);
    return this.changeGoal(file, goalId, (goal) => {
      Object.assign(goal, { ...fields, skills, metricId });
    });
  }

  setStatus(input: ParsedInput<'growth:setGoalStatus'>): Promise<Goal> {
    const file = requirePerson(this.repo, input.personId);
    requireGoal(file.data, input.goalId);
    return this.changeGoal(file, input.goalId, (goal) => {
      goal.status = input.status;
      goal.statusReason = input.status === 'dropped' ? input.reason : '';
      goal.achievedOn = input.status === 'achieved' ? input.on : null;
    });
  }

  async removeGoal(personId: string, goalId: string): Promise<{ removed: true }> {
    const file = requirePerson(this.repo, personId);
    requireGoal(file.data, goalId);
    await file.update((doc) => {
      doc.growth.goals = doc.growth.goals.filter((g) => g.id !== goalId);
      // Trainings linked to it stay in the log, unlinked.
      for (const t of doc.growth.trainings) if (t.goalId === goalId) t.goalId = null;
    });
    return { removed: true };
  }

  addMilestone(input: ParsedInput<'growth:addMilestone'>): Promise<Goal> {
    const file = requirePerson(this.repo, input.personId);
    const goal = requireGoal(file.data, input.goalId);
    if (input.due && input.due < goal.startsOn) {
      const message = milestoneBeforeStart(goal.startsOn);
      throw new AppError('invalid_input', message, { due: message });
    }
    return this.changeGoal(file, input.goalId, (g) => {
      g.milestones.push({
        id: randomUUID(),
        text: input.text,
        due: input.due,
        doneOn: null,
        doneInMeetingId: null,
      });
    });
  }

  removeMilestone(personId: string, goalId: string, milestoneId: string): Promise<Goal> {
    const file = requirePerson(this.repo, personId);
    this.requireMilestone(file.data, goalId, milestoneId);
    return this.changeGoal(file, goalId, (g) => {
      g.milestones = g.milestones.filter((m) => m.id !== milestoneId);
    });
  }

  tickMilestone(input: ParsedInput<'growth:tickMilestone'>): Promise<Goal> {
    const file = requirePerson(this.repo, input.personId);
    this.requireMilestone(file.data, input.goalId, input.milestoneId);
    this.notAfterToday(input.on, 'on');
    if (input.meetingId) requireMeeting(file.data, input.meetingId);
    return this.changeGoal(file, input.goalId, (g) => {
      const m = g.milestones.find((x) => x.id === input.milestoneId)!;
      m.doneOn = input.done ? input.on : null;
      m.doneInMeetingId = input.done ? input.meetingId : null;
      // Work on it has started: a planned goal is now in progress.
      if (input.done && g.status === 'planned') g.status = 'in_progress';
    });
  }

  async addCheckIn(input: ParsedInput<'growth:addCheckIn'>): Promise<CheckIn> {
    const file = requirePerson(this.repo, input.personId);
    requireGoal(file.data, input.goalId);
    this.notAfterToday(input.on, 'on');
    if (input.meetingId) requireMeeting(file.data, input.meetingId);
    const checkIn: CheckIn = {
      id: randomUUID(),
      on: input.on,
      text: input.text,
      meetingId: input.meetingId,
      createdAt: this.clock().toISOString(),
    };
    await this.changeGoal(file, input.goalId, (g) => {
      g.checkIns.push(checkIn);
      if (g.status === 'planned') g.status = 'in_progress';
    });
    return checkIn;
  }

  async startPlan(input: ParsedInput<'growth:startPlan'>): Promise<Goal[]> {
    const file = requirePerson(this.repo, input.personId);
    const template = this.team.data.growth.templates.find((t) => t.id === input.templateId);
    if (!template) {
      const message = 'This template does not exist any more.';
      throw new AppError('not_found', message, { templateId: message });
    }
    const goals = goalsFromTemplate(
      template,
      input.startsOn,
      randomUUID,
      this.clock().toISOString(),
    );
    await file.update((doc) => {
      doc.growth.goals.push(...goals);
    });
    return goals;
  }

  /**
   * Goal skills as stored: the team's skill, its name kept beside the id. A skill deleted since
   * the goal linked it stays linked under its old name when the goal is edited.
   */
  private skillRefs(skills: GoalSkills, current: Goal['skills'] = []): Goal['skills'] {
    return skills.map((s, i) => {
      const kept = current.find((c) => c.skillId === s.skillId);
      if (kept && !this.team.data.growth.skills.some((d) => d.id === s.skillId)) {
        return { ...kept, targetLevel: s.targetLevel };
      }
      const skill = requireSkill(this.team.data, s.skillId, `skills.${i}.skillId`);
      return { skillId: skill.id, skillName: skill.name, targetLevel: s.targetLevel };
    });
  }

  private requireMilestone(doc: PersonDocument, goalId: string, milestoneId: string) {
    const goal = requireGoal(doc, goalId);
    if (!goal.milestones.some((m) => m.id === milestoneId)) {
      throw new AppError('not_found', 'This milestone is not in the goal any more.');
    }
  }

  private notAfterToday(date: string, field: string) {
    if (date > toLocalDate(this.clock())) {
      const message = 'Use today or an earlier date.';
      throw new AppError('invalid_input', message, { [field]: message });
    }
  }

  private async changeGoal(
    file: DocumentFile<PersonDocument>,
    goalId: string,
    mutate: (goal: Goal) => void,
  ): Promise<Goal> {
    const updatedAt = this.clock().toISOString();
    const doc = await file.update((draft) => {
      const goal = draft.growth.goals.find((g) => g.id === goalId);
      if (!goal) throw new AppError('not_found', 'This goal is not in the plan any more.');
      mutate(goal);
      goal.updatedAt = updatedAt;
    });
    return doc.growth.goals.find((g) => g.id === goalId)!;
  }
}
