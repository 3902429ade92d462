import { resolveWeekStart } from '../../../shared/domain/week';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';
import { growthTodayView, personGrowthView, teamGrowthView } from './growth-views';
import { PlanService } from './plan-service';
import { SkillLevelsService } from './skill-levels-service';
import { TeamSkillsService } from './team-skills-service';
import { TrainingService } from './training-service';

export function growthHandlers(ctx: BackendContext): AreaHandlers<'growth'> {
  const plans = new PlanService(ctx.people, ctx.team, ctx.clock);
  const trainings = new TrainingService(ctx.people, ctx.team, ctx.clock);
  const levels = new SkillLevelsService(ctx.people, ctx.team, ctx.clock);
  const team = new TeamSkillsService(ctx.team, ctx.people, ctx.clock);
  return {
    'growth:person': ({ personId }) =>
      personGrowthView(requirePerson(ctx.people, personId).data, ctx.team.data, ctx.clock()),
    'growth:createGoal': (input) => plans.createGoal(input),
    'growth:updateGoal': (input) => plans.updateGoal(input),
    'growth:setGoalStatus': (input) => plans.setStatus(input),
    'growth:removeGoal': ({ personId, goalId }) => plans.removeGoal(personId, goalId),
    'growth:addMilestone': (input) => plans.addMilestone(input),
    'growth:removeMilestone': ({ personId, goalId, milestoneId }) =>
      plans.removeMilestone(personId, goalId, milestoneId),
    'growth:tickMilestone': (input) => plans.tickMilestone(input),
    'growth:addCheckIn': (input) => plans.addCheckIn(input),
    'growth:startPlan': (input) => plans.startPlan(input),
    'growth:createTraining': (input) => trainings.create(input),
    'growth:updateTraining': (input) => trainings.update(input),
    'growth:removeTraining': ({ personId, trainingId }) => trainings.remove(personId, trainingId),
    'growth:setLevel': (input) => levels.setLevel(input),
    'growth:setSkillMarks': (input) => levels.setMarks(input),
    'growth:addAbsence': (input) => levels.addAbsence(input),
    'growth:removeAbsence': ({ personId, absenceId }) => levels.removeAbsence(personId, absenceId),
    'growth:crossTrain': (input) => levels.crossTrain(input),
    'growth:settings': () => ctx.team.data.growth,
    'growth:saveSkill': (input) => team.saveSkill(input),
    'growth:removeSkill': ({ skillId, confirm }) => team.removeSkill(skillId, confirm),
    'growth:saveGroup': ({ groupId, name }) => team.saveGroup(groupId, name),
    'growth:removeGroup': ({ groupId }) => team.removeGroup(groupId),
    'growth:setLevelDescriptions': ({ descriptions }) => team.setLevelDescriptions(descriptions),
    'growth:saveTemplate': (input) => team.saveTemplate(input),
    'growth:removeTemplate': ({ templateId }) => team.removeTemplate(templateId),
    'growth:team': () => teamGrowthView(ctx.people.all(), ctx.team.data, ctx.clock()),
    'growth:today': () =>
      growthTodayView(
        ctx.people.all(),
        ctx.team.data,
        ctx.clock(),
        resolveWeekStart(ctx.team.data.preferences.weekStartsOn, ctx.locale),
      ),
  };
}
