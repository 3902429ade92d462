import { z } from 'zod';
import { idSchema, requiredText } from './common';

/** The ten teamwork processes (Marks, Mathieu and Zaccaro), then the topics every 1:1 needs. */
export const PROMPT_CATEGORIES = [
  'mission_analysis',
  'goal_specification',
  'strategy_formulation',
  'monitoring_progress',
  'systems_monitoring',
  'team_monitoring',
  'coordination',
  'conflict_management',
  'motivation',
  'affect_management',
  'wellbeing',
  'workload',
  'career',
  'recognition',
  'development',
] as const;
export type PromptCategory = (typeof PROMPT_CATEGORIES)[number];

/** Each category in a lead's words; the research process it comes from is its subtitle. */
export const PROMPT_CATEGORY_LABELS: Record<PromptCategory, string> = {
  mission_analysis: 'What our work is for',
  goal_specification: 'Setting goals',
  strategy_formulation: 'Planning how to get there',
  monitoring_progress: 'Checking progress',
  systems_monitoring: 'Tools, queues and resources',
  team_monitoring: 'Helping each other out',
  coordination: 'Working together',
  conflict_management: 'Disagreements and friction',
  motivation: 'Motivation and confidence',
  affect_management: 'Stress and mood',
  wellbeing: 'Wellbeing',
  workload: 'Workload',
  career: 'Career',
  recognition: 'Recognition',
  development: 'Development',
};

/** The teamwork process (Marks, Mathieu and Zaccaro) behind a category, where there is one. */
export const PROMPT_CATEGORY_PROCESS: Partial<Record<PromptCategory, string>> = {
  mission_analysis: 'Mission analysis',
  goal_specification: 'Goal specification',
  strategy_formulation: 'Strategy formulation',
  monitoring_progress: 'Monitoring progress toward goals',
  systems_monitoring: 'Systems monitoring',
  team_monitoring: 'Team monitoring and backup behaviour',
  coordination: 'Coordination',
  conflict_management: 'Conflict management',
  motivation: 'Motivation and confidence building',
  affect_management: 'Affect management',
};

export const promptInputSchema = z.object({
  category: z.enum(PROMPT_CATEGORIES, 'Choose a category.'),
  text: requiredText('Prompt', 300),
});

const promptSchema = promptInputSchema.extend({ id: idSchema });
export type Prompt = z.infer<typeof promptSchema>;

/** What the lead changed about a built-in prompt: new wording, or hidden. */
const promptOverrideSchema = z.object({
  text: requiredText('Prompt', 300).nullable(),
  hidden: z.boolean(),
});

export const templateInputSchema = z.object({
  name: requiredText('Template name', 80),
  promptIds: z
    .array(idSchema)
    .min(1, 'Pick at least one prompt.')
    .max(30, 'Keep a template to 30 prompts at most.'),
});
const templateSchema = templateInputSchema.extend({ id: idSchema });
export type Template = z.infer<typeof templateSchema>;

export const questionBankSchema = z.object({
  custom: z.array(promptSchema),
  overrides: z.record(idSchema, promptOverrideSchema),
  templates: z.array(templateSchema),
});

/** A prompt as the bank shows it: built-in or the lead's own, with any edit applied. */
export interface BankPrompt extends Prompt {
  builtIn: boolean;
  hidden: boolean;
  edited: boolean;
}
