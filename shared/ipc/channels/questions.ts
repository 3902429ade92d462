import { z } from 'zod';
import { byId, channel, noInput } from '../channel';
import { idSchema, requiredText } from '../../model/common';
import {
  promptInputSchema,
  templateInputSchema,
  type BankPrompt,
  type Template,
} from '../../model/question-bank';

export interface QuestionBankView {
  prompts: BankPrompt[];
  templates: (Template & { builtIn: boolean })[];
}

export const questionsChannels = {
  'questions:list': channel(noInput).returns<QuestionBankView>(),
  'questions:addPrompt': channel(promptInputSchema).returns<QuestionBankView>(),
  'questions:editPrompt': channel(
    z.object({ id: idSchema, text: requiredText('Prompt', 300) }),
  ).returns<QuestionBankView>(),
  'questions:setHidden': channel(
    z.object({ id: idSchema, hidden: z.boolean() }),
  ).returns<QuestionBankView>(),
  'questions:removePrompt': channel(byId).returns<QuestionBankView>(),
  'questions:saveTemplate': channel(
    templateInputSchema.extend({ id: idSchema.nullable().default(null) }),
  ).returns<QuestionBankView>(),
  'questions:removeTemplate': channel(byId).returns<QuestionBankView>(),
  /** Adds prompts to a person's waiting talking points (as the lead's), skipping ones already open. */
  'questions:addToAgenda': channel(
    z.object({ personId: idSchema, promptIds: z.array(idSchema).min(1, 'Pick a prompt.').max(30) }),
  ).returns<{ added: number }>(),
};
