import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../../shared/ipc/contract';

type Skill = Omit<ChannelInput<'growth:saveSkill'>, 'skillId'> & { name: string };

const SKILLS: Skill[] = [
  {
    name: 'Billing',
    groupId: 'queues',
    criticality: 'critical',
    requiredLevel: 3,
    targetCoverage: 2,
  },
  {
    name: 'Escalations',
    groupId: 'queues',
    criticality: 'critical',
    requiredLevel: 3,
    targetCoverage: 2,
  },
  {
    name: 'Refunds',
    groupId: 'queues',
    criticality: 'medium',
    requiredLevel: 3,
    targetCoverage: 2,
  },
  {
    name: 'Phone',
    groupId: 'channels',
    criticality: 'critical',
    requiredLevel: 3,
    targetCoverage: 4,
  },
  { name: 'Chat', groupId: 'channels', criticality: 'medium', requiredLevel: 3, targetCoverage: 2 },
  {
    name: 'Email',
    groupId: 'channels',
    criticality: 'medium',
    requiredLevel: 2,
    targetCoverage: 3,
  },
  { name: 'Social', groupId: 'channels', criticality: 'low', requiredLevel: 2, targetCoverage: 1 },
  { name: 'API', groupId: 'products', criticality: 'medium', requiredLevel: 3, targetCoverage: 2 },
  { name: 'Zendesk', groupId: 'tools', criticality: 'low', requiredLevel: 2, targetCoverage: 2 },
  {
    name: 'De-escalation',
    groupId: 'soft-skills',
    criticality: 'critical',
    requiredLevel: 3,
    targetCoverage: 2,
  },
];

/** Levels per person, in the order of SKILLS. */
const LEVELS: Record<string, number[]> = {
  'Priya Natarajan': [4, 2, 3, 3, 2, 3, 1, 4, 3, 2],
  'Marco Rossi': [2, 0, 3, 3, 3, 3, 2, 1, 2, 1],
  'Aiko Tanaka': [1, 0, 1, 2, 3, 3, 3, 2, 3, 2],
  'Nadia Haddad': [3, 4, 2, 4, 1, 2, 0, 3, 2, 4],
  'Ben Carter': [1, 0, 0, 1, 2, 2, 1, 0, 1, 0],
  'Sofia Lindqvist': [2, 1, 2, 2, 2, 3, 1, 1, 4, 2],
  'Omar Farouk': [0, 0, 1, 1, 4, 2, 3, 0, 2, 1],
};

/** Skills, levels (some changed since), a plan, trainings and leave for the demo team. */
export async function seedGrowthDemo(
  page: Page,
  setNow: (iso: string) => Promise<void>,
  earlier: string,
  now: string,
): Promise<void> {
  await setNow(earlier);
  await page.evaluate(
    async ({ skills, levels }) => {
      const api = window.coachbook;
      const people = await api.people.list();
      const id = (name: string) => people.find((p) => p.person.name === name)!.person.id;
      const saved = [];
      for (const skill of skills) saved.push(await api.growth.saveSkill(skill));
      for (const [name, row] of Object.entries(levels)) {
        for (const [i, level] of row.entries()) {
          // Start a step lower where there is room: the later level shows growth.
          const first =
            name === 'Ben Carter' || name === 'Aiko Tanaka' ? Math.max(0, level - 1) : level;
          await api.growth.setLevel({ personId: id(name), skillId: saved[i]!.id, level: first });
        }
      }
      await api.growth.setSkillMarks({
        personId: id('Priya Natarajan'),
        skillId: saved[0]!.id,
        targetLevel: 4,
        canTrain: true,
      });
      await api.growth.setSkillMarks({
        personId: id('Ben Carter'),
        skillId: saved[0]!.id,
        targetLevel: 3,
        canTrain: false,
      });
      const priya = id('Priya Natarajan');
      const [lead] = await api.growth.startPlan({
        personId: priya,
        templateId: 'agent-to-lead',
        startsOn: new Date().toISOString().slice(0, 10),
      });
      await api.growth.tickMilestone({
        personId: priya,
        goalId: lead!.id,
        milestoneId: lead!.milestones[0]!.id,
        done: true,
        on: new Date().toISOString().slice(0, 10),
      });
      await api.growth.addCheckIn({
        personId: priya,
        goalId: lead!.id,
        text: 'Shadowed two handovers; wants to run the Monday shift next.',
        on: new Date().toISOString().slice(0, 10),
      });
      await api.growth.createTraining({
        personId: priya,
        kind: 'certification',
        title: 'Zendesk Support Admin',
        provider: 'Zendesk',
        status: 'completed',
        completedOn: '2025-12-20',
        expiresOn: '2026-12-20',
        hoursSpent: 12,
      });
    },
    { skills: SKILLS, levels: LEVELS },
  );
  await setNow(now);
  await page.evaluate(
    async ({ skillNames, levels }) => {
      const api = window.coachbook;
      const people = await api.people.list();
      const id = (name: string) => people.find((p) => p.person.name === name)!.person.id;
      const { skills } = await api.growth.settings();
      const skill = (name: string) => skills[skillNames.indexOf(name)]!.id;
      for (const name of ['Ben Carter', 'Aiko Tanaka']) {
        for (const [i, level] of levels[name]!.entries())
          await api.growth.setLevel({ personId: id(name), skillId: skills[i]!.id, level });
      }
      const priya = id('Priya Natarajan');
      const today = new Date().toISOString().slice(0, 10);
      await api.growth.createTraining({
        personId: priya,
        kind: 'shadowing',
        title: 'Shadowed Nadia on escalations',
        status: 'completed',
        startedOn: today,
        completedOn: today,
        hoursSpent: 3,
        skillIds: [skill('Escalations')],
      });
      await api.growth.createTraining({
        personId: priya,
        kind: 'course',
        title: 'Leading support teams',
        provider: 'Support Academy',
        status: 'in_progress',
        startedOn: '2026-10-05',
        dueOn: '2026-12-11',
        hoursPlanned: 16,
        hoursSpent: 9.5,
        url: 'https://academy.example.com/leading-support-teams',
      });
      await api.growth.createTraining({
        personId: id('Marco Rossi'),
        kind: 'workshop',
        title: 'De-escalation on the phone',
        status: 'completed',
        completedOn: '2026-10-20',
        hoursSpent: 4,
        skillIds: [skill('De-escalation')],
      });
      await api.growth.createTraining({
        personId: id('Aiko Tanaka'),
        kind: 'course',
        title: 'API fundamentals',
        status: 'in_progress',
        startedOn: '2026-10-01',
        dueOn: '2026-11-13',
        hoursPlanned: 8,
        hoursSpent: 6,
        skillIds: [skill('API')],
      });
      await api.growth.crossTrain({
        personId: id('Ben Carter'),
        skillId: skill('Billing'),
        trainerId: priya,
        dueOn: '2026-12-15',
      });
      await api.growth.addAbsence({
        personId: id('Nadia Haddad'),
        from: '2026-11-23',
        to: '2026-11-27',
        note: 'Holiday',
      });
    },
    { skillNames: SKILLS.map((s) => s.name), levels: LEVELS },
  );
}
