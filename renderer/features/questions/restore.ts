import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import type { BankPrompt } from '../../../shared/model/question-bank';
import { api } from '../../lib/api';

type BankTemplate = QuestionBankView['templates'][number];

/**
 * Undo for a deleted prompt of the lead's own: the bank keeps nothing deleted, so the prompt
 * comes back as a copy (a new id), and every template of the lead's that held it gets the copy
 * in its place again, re-created if deleting the prompt emptied it.
 */
export async function restorePrompt(
  prompt: BankPrompt,
  heldBy: BankTemplate[],
  afterRemoval: QuestionBankView,
): Promise<void> {
  const before = new Set(afterRemoval.prompts.map((p) => p.id));
  const bank = await api.questions.addPrompt({ category: prompt.category, text: prompt.text });
  const copy = bank.prompts.find((p) => !before.has(p.id));
  if (!copy) return;
  for (const template of heldBy) {
    const stillThere = bank.templates.some((t) => t.id === template.id);
    await api.questions.saveTemplate({
      id: stillThere ? template.id : null,
      name: template.name,
      promptIds: template.promptIds.map((id) => (id === prompt.id ? copy.id : id)),
    });
  }
}

/** Undo for a deleted template of the lead's own: saved again under its name, as a new one. */
export function restoreTemplate(template: BankTemplate): Promise<QuestionBankView> {
  return api.questions.saveTemplate({
    id: null,
    name: template.name,
    promptIds: template.promptIds,
  });
}
