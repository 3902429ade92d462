import { randomUUID } from 'node:crypto';
import { BUILT_IN_PROMPTS, BUILT_IN_TEMPLATES } from '../../../shared/domain/built-in-prompts';
import { nextOrder } from '../../../shared/domain/agenda';
import { sameName } from '../../../shared/domain/names';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { AppError } from '../../../shared/ipc/errors';
import type { TeamDocument } from '../../../shared/model/documents';
import type { BankPrompt, PromptCategory } from '../../../shared/model/question-bank';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import type { DocumentFile } from '../storage/document-file';

/** The question bank: built-in prompts (editable, hideable), the lead's own, and templates. */
export class QuestionBankService {
  constructor(
    private readonly team: DocumentFile<TeamDocument>,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  list(): QuestionBankView {
    const bank = this.team.data.questionBank;
    const builtIn: BankPrompt[] = BUILT_IN_PROMPTS.map((p) => {
      const override = bank.overrides[p.id];
      return {
        ...p,
        text: override?.text ?? p.text,
        builtIn: true,
        hidden: override?.hidden ?? false,
        edited: Boolean(override?.text),
      };
    });
    const own: BankPrompt[] = bank.custom.map((p) => ({
      ...p,
      builtIn: false,
      hidden: false,
      edited: false,
    }));
    return {
      prompts: [...builtIn, ...own],
      templates: [
        ...BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true })),
        ...bank.templates.map((t) => ({ ...t, builtIn: false })),
      ],
    };
  }

  async addPrompt(category: PromptCategory, text: string): Promise<QuestionBankView> {
    await this.team.update((doc) => {
      doc.questionBank.custom.push({ id: randomUUID(), category, text });
    });
    return this.list();
  }

  async editPrompt(id: string, text: string): Promise<QuestionBankView> {
    await this.team.update((doc) => {
      const own = doc.questionBank.custom.find((p) => p.id === id);
      if (own) {
        own.text = text;
        return;
      }
      const builtIn = BUILT_IN_PROMPTS.find((p) => p.id === id);
      if (!builtIn) throw notFound();
      const current = doc.questionBank.overrides[id];
      doc.questionBank.overrides[id] = {
        hidden: current?.hidden ?? false,
        text: text === builtIn.text ? null : text,
      };
    });
    return this.list();
  }

  async setHidden(id: string, hidden: boolean): Promise<QuestionBankView> {
    if (!BUILT_IN_PROMPTS.some((p) => p.id === id)) {
      throw new AppError(
        'invalid_input',
        'Only built-in prompts can be hidden; delete your own prompts instead.',
      );
    }
    await this.team.update((doc) => {
      const current = doc.questionBank.overrides[id];
      doc.questionBank.overrides[id] = { text: current?.text ?? null, hidden };
    });
    return this.list();
  }

  async removePrompt(id: string): Promise<QuestionBankView> {
    if (!this.team.data.questionBank.custom.some((p) => p.id === id)) {
      throw new AppError('invalid_input', 'Built-in prompts cannot be deleted; hide them instead.');
    }
    await this.team.update((doc) => {
      doc.questionBank.custom = doc.questionBank.custom.filter((p) => p.id !== id);
      for (const t of doc.questionBank.templates) t.promptIds = t.promptIds.filter((p) => p !== id);
      doc.questionBank.templates = doc.questionBank.templates.filter((t) => t.promptIds.length > 0);
    });
    return this.list();
  }

  async saveTemplate(
    id: string | null,
    name: string,
    promptIds: string[],
  ): Promise<QuestionBankView> {
    const known = new Set(this.list().prompts.map((p) => p.id));
    const unknown = promptIds.filter((p) => !known.has(p));
    if (unknown.length)
      throw new AppError('invalid_input', 'A template can only use prompts from the bank.', {
        promptIds: 'Unknown prompt.',
      });
    if (id?.startsWith('builtin-'))
      throw new AppError(
        'invalid_input',
        'Built-in templates cannot be changed; save a copy under a new name.',
      );
    await this.team.update((doc) => {
      const clash = doc.questionBank.templates.find((t) => sameName(t.name, name) && t.id !== id);
      if (clash)
        throw new AppError('conflict', `A template called ${clash.name} exists already.`, {
          name: 'This name is taken.',
        });
      if (id) {
        const template = doc.questionBank.templates.find((t) => t.id === id);
        if (!template) throw notFound();
        Object.assign(template, { name, promptIds: [...new Set(promptIds)] });
      } else {
        doc.questionBank.templates.push({
          id: randomUUID(),
          name,
          promptIds: [...new Set(promptIds)],
        });
      }
    });
    return this.list();
  }

  async removeTemplate(id: string): Promise<QuestionBankView> {
    await this.team.update((doc) => {
      if (!doc.questionBank.templates.some((t) => t.id === id)) throw notFound();
      doc.questionBank.templates = doc.questionBank.templates.filter((t) => t.id !== id);
    });
    return this.list();
  }

  /** Prompts become the lead's talking points for the next 1:1; ones already open are skipped. */
  async addToAgenda(personId: string, promptIds: string[]): Promise<{ added: number }> {
    const file = this.people.find(personId);
    if (!file) throw new AppError('not_found', 'This person is not in Coachbook any more.');
    const prompts = new Map(this.list().prompts.map((p) => [p.id, p]));
    const texts = promptIds.map((id) => {
      const prompt = prompts.get(id);
      if (!prompt) throw notFound();
      return prompt.text;
    });
    let added = 0;
    await file.update((doc) => {
      const open = new Set(
        doc.talkingPoints.filter((p) => p.resolvedAt === null).map((p) => p.text),
      );
      for (const text of texts) {
        if (open.has(text)) continue;
        open.add(text);
        doc.talkingPoints.push({
          id: randomUUID(),
          text,
          from: 'lead',
          order: nextOrder(doc.talkingPoints),
          discussedIn: [],
          resolvedAt: null,
          resolvedInMeetingId: null,
          createdAt: this.clock().toISOString(),
        });
        added++;
      }
    });
    return { added };
  }
}

function notFound(): AppError {
  return new AppError('not_found', 'This prompt or template does not exist any more.');
}
