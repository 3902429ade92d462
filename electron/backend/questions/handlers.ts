import type { AreaHandlers, BackendContext } from '../context';
import { QuestionBankService } from './question-bank-service';

export function questionsHandlers(ctx: BackendContext): AreaHandlers<'questions'> {
  const bank = new QuestionBankService(ctx.team, ctx.people, ctx.clock);
  return {
    'questions:list': () => bank.list(),
    'questions:addPrompt': ({ category, text }) => bank.addPrompt(category, text),
    'questions:editPrompt': ({ id, text }) => bank.editPrompt(id, text),
    'questions:setHidden': ({ id, hidden }) => bank.setHidden(id, hidden),
    'questions:removePrompt': ({ id }) => bank.removePrompt(id),
    'questions:saveTemplate': ({ id, name, promptIds }) => bank.saveTemplate(id, name, promptIds),
    'questions:removeTemplate': ({ id }) => bank.removeTemplate(id),
    'questions:addToAgenda': ({ personId, promptIds }) => bank.addToAgenda(personId, promptIds),
  };
}
