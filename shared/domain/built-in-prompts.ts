import type { Prompt, PromptCategory } from '../model/question-bank';

/**
 * Prompts written for support and success teams, by the ten teamwork processes and the topics
 * every 1:1 needs. Ids are stable: the lead's edits and hidden flags refer to them.
 */
const BANK: Record<PromptCategory, string[]> = {
  mission_analysis: [
    'What do you think our customers need most from us this quarter?',
    'Which kinds of tickets feel like they matter most to customers right now, and why?',
    'What changed in the product or our customers that the team should plan for?',
  ],
  goal_specification: [
    'Which of your goals feels unclear or out of reach? What would make it concrete?',
    'Which number do you look at to know you had a good week: CSAT, first response, resolution time?',
    'If you could set one goal for yourself for next month, what would it be?',
  ],
  strategy_formulation: [
    'Is there a macro, doc or workflow you wish we had? How would you build it?',
    'Where do you see us solving the same problem over and over?',
    'What would you change about how tickets are routed to you?',
  ],
  monitoring_progress: [
    'How are you tracking against your goals since we last met?',
    'Which of your numbers surprised you lately, up or down?',
    'What is one thing that would move your CSAT or QA score the most?',
  ],
  systems_monitoring: [
    'Which tools or integrations slowed you down this week?',
    'Are you seeing a bug or outage pattern that engineering should hear about?',
    'Is the knowledge base missing something customers keep asking about?',
  ],
  team_monitoring: [
    'Who helped you out recently? Who could use a hand right now?',
    'Is anyone on the team stretched thin that I might not see?',
    'Which queue or skill would you feel comfortable covering if someone is out?',
  ],
  coordination: [
    'Are handovers between shifts or tiers working for you?',
    'Where do tickets get stuck between us and other teams?',
    'Is there anything you need from another team that you are not getting?',
  ],
  conflict_management: [
    'Is there a disagreement on the team that is not being talked about?',
    'How are things with the people you work most closely with?',
    'Was there an escalation or a moment with a colleague you want to talk through?',
  ],
  motivation: [
    'What is a recent win you are proud of?',
    'What kind of ticket do you feel most confident handling? Least confident?',
    'What would make you look forward to your next shift?',
  ],
  affect_management: [
    'How are you coping with difficult customers lately?',
    'Did a conversation this week stay with you after your shift?',
    'What helps you reset after a tough ticket?',
  ],
  wellbeing: [
    'How are you, really? On a scale of 1 to 5, where is your energy?',
    'Are you taking your breaks and your time off?',
    'Is anything outside work making work harder right now?',
  ],
  workload: [
    'How manageable was your queue this week?',
    'Is there something on your plate I could take off or reassign?',
    'Are your hours and shifts working for you?',
  ],
  career: [
    'Where would you like to be in a year: deeper in support, a specialist role, leading?',
    'Which skill would you like to build next, and how can I help?',
    'Is there a project outside the queue you would like to be part of?',
  ],
  recognition: [
    'Whose work deserves a shout-out that I might have missed?',
    'How do you like to be recognised: privately, in a 1:1, or in front of the team?',
    'Did you feel your work was seen this month?',
  ],
  development: [
    'Which training, course or shadowing would help you most right now?',
    'What did you learn from a recent tricky ticket?',
    'Would you like to mentor someone, or be mentored, on a skill?',
  ],
};

export const BUILT_IN_PROMPTS: Prompt[] = Object.entries(BANK).flatMap(([category, texts]) =>
  texts.map((text, index) => ({
    id: `builtin-${category}-${index + 1}`,
    category: category as PromptCategory,
    text,
  })),
);

/** Starter templates, shown alongside the lead's own. */
export const BUILT_IN_TEMPLATES = [
  {
    id: 'builtin-template-first',
    name: 'First 1:1',
    promptIds: [
      'builtin-wellbeing-1',
      'builtin-recognition-2',
      'builtin-career-1',
      'builtin-goal_specification-2',
      'builtin-workload-3',
    ],
  },
  {
    id: 'builtin-template-career',
    name: 'Monthly career check-in',
    promptIds: [
      'builtin-career-1',
      'builtin-career-2',
      'builtin-development-1',
      'builtin-monitoring_progress-1',
    ],
  },
  {
    id: 'builtin-template-team',
    name: 'Team health',
    promptIds: [
      'builtin-team_monitoring-1',
      'builtin-coordination-1',
      'builtin-conflict_management-2',
      'builtin-affect_management-1',
    ],
  },
];
