import {
  DEFAULT_LEVEL_DESCRIPTIONS,
  type PlanTemplate,
  type SkillGroup,
  type TeamGrowth,
} from '../../model/growth';

/** The groups a new team starts with; the lead renames, adds and removes them. */
export const DEFAULT_SKILL_GROUPS: SkillGroup[] = [
  { id: 'queues', name: 'Queues' },
  { id: 'channels', name: 'Channels' },
  { id: 'products', name: 'Products' },
  { id: 'tools', name: 'Tools' },
  { id: 'soft-skills', name: 'Soft skills' },
];

/** Editable starting points for the four common support paths. */
export const BUILT_IN_TEMPLATES: PlanTemplate[] = [
  {
    id: 'tier1-to-tier2',
    name: 'Tier 1 → Tier 2',
    summary: 'From first-line answers to owning technical escalations.',
    goals: [
      {
        title: 'Handle Tier 2 escalations independently',
        why: 'Fewer hand-offs and faster resolution for complex tickets.',
        measure: 'Resolves 10 escalated tickets end to end with a QA score of 90% or more.',
        weeks: 12,
        milestones: [
          { text: 'Shadow a Tier 2 agent for 3 sessions', week: 2 },
          { text: 'Handle 5 escalations with a Tier 2 reviewer', week: 6 },
          { text: 'Handle 10 escalations alone, QA reviewed', week: 12 },
        ],
      },
      {
        title: "Learn the product's technical side",
        why: 'Tier 2 work needs logs, APIs and reproduction steps.',
        measure: 'Reproduces and documents 5 bugs that engineering accepts.',
        weeks: 10,
        milestones: [
          { text: 'Finish the internal API course', week: 4 },
          { text: 'Write up 5 reproducible bug reports', week: 10 },
        ],
      },
    ],
  },
  {
    id: 'agent-to-qa',
    name: 'Agent → QA specialist',
    summary: 'Reviewing tickets against the rubric and coaching through feedback.',
    goals: [
      {
        title: 'Review tickets against the QA rubric',
        why: 'QA keeps quality consistent and coaches the whole team.',
        measure: "Scores 20 tickets a week, within 5 points of the lead's calibration.",
        weeks: 8,
        milestones: [
          { text: 'Study the QA rubric and its examples', week: 1 },
          { text: 'Join 2 calibration sessions', week: 3 },
          { text: 'Score 20 tickets a week, calibrated', week: 8 },
        ],
      },
      {
        title: 'Give feedback that changes behaviour',
        why: 'A QA score helps only when the agent knows what to do next.',
        measure: 'Writes feedback on 10 reviews that the agents find useful.',
        weeks: 12,
        milestones: [
          { text: 'Write 5 feedback notes reviewed by the lead', week: 6 },
          { text: 'Run one team session on a common QA gap', week: 12 },
        ],
      },
    ],
  },
  {
    id: 'agent-to-lead',
    name: 'Agent → team lead',
    summary: 'Running the day, growing others and improving how the team works.',
    goals: [
      {
        title: 'Lead the queue for a shift',
        why: 'Practice running the day: priorities, backup and escalations.',
        measure: 'Runs 5 shifts with no SLA breach that could have been prevented.',
        weeks: 8,
        milestones: [
          { text: 'Shadow the lead for 2 shift handovers', week: 2 },
          { text: 'Run a shift with the lead on call', week: 4 },
          { text: 'Run 5 shifts alone', week: 8 },
        ],
      },
      {
        title: 'Coach a newer agent',
        why: 'Leading is growing others.',
        measure: 'The mentee reaches level 3 in one skill.',
        weeks: 16,
        milestones: [
          { text: 'Agree goals with the mentee', week: 2 },
          { text: 'Hold 6 weekly mentoring sessions', week: 10 },
        ],
      },
      {
        title: 'Own a team process',
        why: 'A lead improves how the team works, not only the tickets.',
        measure: 'One process change shipped and its effect measured.',
        weeks: 20,
        milestones: [
          { text: 'Pick a process with the lead', week: 2 },
          { text: 'Share a proposal with the team', week: 8 },
          { text: 'Measure the effect after a month', week: 20 },
        ],
      },
    ],
  },
  {
    id: 'product-specialist',
    name: 'Product specialist',
    summary: 'The go-to person for one product area, and its voice to the product team.',
    goals: [
      {
        title: 'Become the go-to person for a product area',
        why: 'Deep knowledge shortens resolution for the hardest tickets.',
        measure: "Answers 80% of the team's questions on the area without escalating.",
        weeks: 12,
        milestones: [
          { text: 'Pick the product area with the lead', week: 0 },
          { text: "Finish the product's advanced training", week: 4 },
          { text: 'Write or update 5 help-centre articles', week: 8 },
          { text: 'Run a 30-minute session for the team', week: 12 },
        ],
      },
      {
        title: 'Be the voice of the customer to the product team',
        why: 'Support sees issues first.',
        measure: 'A monthly summary of top issues that the product team acts on.',
        weeks: 16,
        milestones: [
          { text: 'Meet the product manager for the area', week: 2 },
          { text: 'Share the first monthly issue summary', week: 6 },
        ],
      },
    ],
  },
];

/** What a new team.json holds for growth. */
export function defaultTeamGrowth(): TeamGrowth {
  return {
    groups: DEFAULT_SKILL_GROUPS.map((g) => ({ ...g })),
    skills: [],
    levelDescriptions: [...DEFAULT_LEVEL_DESCRIPTIONS],
    templates: JSON.parse(JSON.stringify(BUILT_IN_TEMPLATES)) as PlanTemplate[],
  };
}
