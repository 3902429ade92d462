import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import { BUILT_IN_PROMPTS } from '../../../../shared/domain/built-in-prompts';
import type { Brief } from '../../../../shared/model/brief';
import type { QuestionBankView } from '../../../../shared/ipc/channels/questions';
import { PROMPT_CATEGORIES } from '../../../../shared/model/question-bank';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { addPoints, withPerson } from '../../helpers/meetings';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const WELLBEING = 'builtin-wellbeing-1';
const CAREER = 'builtin-career-1';

const bank = async (backend: Backend, channel: string, input: unknown = undefined) =>
  valueOf<QuestionBankView>(await backend.invoke(channel, input));
const prompt = (view: QuestionBankView, id: string) => view.prompts.find((p) => p.id === id);
const teamBytes = (dataDir: string) => readFile(join(dataDir, 'team.json'));

describe('question bank', () => {
  const dir = useTempDir();

  it('lists built-in prompts in all 15 categories and the starter templates', async () => {
    const backend = await startBackend(dir());
    const view = await bank(backend, 'questions:list');
    expect(new Set(view.prompts.map((p) => p.category))).toEqual(new Set(PROMPT_CATEGORIES));
    expect(PROMPT_CATEGORIES).toHaveLength(15);
    expect(view.prompts.length).toBe(BUILT_IN_PROMPTS.length);
    expect(view.prompts.every((p) => p.builtIn && !p.hidden && !p.edited)).toBe(true);
    expect(view.templates.map((t) => t.name)).toContain('First 1:1');
    const known = new Set(view.prompts.map((p) => p.id));
    expect(view.templates.flatMap((t) => t.promptIds).every((id) => known.has(id))).toBe(true);
  });

  it('editPrompt rewords a built-in prompt, marks it edited and keeps it across a restart', async () => {
    const backend = await startBackend(dir());
    const view = await bank(backend, 'questions:editPrompt', {
      id: WELLBEING,
      text: 'How are you, really?',
    });
    expect(prompt(view, WELLBEING)).toMatchObject({
      text: 'How are you, really?',
      edited: true,
      builtIn: true,
    });
    await backend.flush();
    const again = await bank(await startBackend(dir()), 'questions:list');
    expect(prompt(again, WELLBEING)?.text).toBe('How are you, really?');
  });

  it('editPrompt back to the original wording is no longer an edit', async () => {
    const backend = await startBackend(dir());
    const original = BUILT_IN_PROMPTS.find((p) => p.id === WELLBEING)!.text;
    await bank(backend, 'questions:editPrompt', { id: WELLBEING, text: 'Changed' });
    const view = await bank(backend, 'questions:editPrompt', { id: WELLBEING, text: original });
    expect(prompt(view, WELLBEING)).toMatchObject({ text: original, edited: false });
  });

  it('setHidden hides a built-in prompt and shows it again, keeping an edit', async () => {
    const backend = await startBackend(dir());
    await bank(backend, 'questions:editPrompt', { id: CAREER, text: 'Where next?' });
    const hidden = await bank(backend, 'questions:setHidden', { id: CAREER, hidden: true });
    expect(prompt(hidden, CAREER)).toMatchObject({ hidden: true, text: 'Where next?' });
    const shown = await bank(backend, 'questions:setHidden', { id: CAREER, hidden: false });
    expect(prompt(shown, CAREER)).toMatchObject({ hidden: false, edited: true });
  });

  it('removePrompt refuses a built-in prompt with invalid_input and writes nothing', async () => {
    const backend = await startBackend(dir());
    const before = await teamBytes(dir());
    const error = errorOf(await backend.invoke('questions:removePrompt', { id: WELLBEING }));
    expect(error.code).toBe('invalid_input');
    expect(await teamBytes(dir())).toEqual(before);
    expect(prompt(await bank(backend, 'questions:list'), WELLBEING)).toBeDefined();
  });

  it('addPrompt and removePrompt manage the lead’s own prompts', async () => {
    const backend = await startBackend(dir());
    const added = await bank(backend, 'questions:addPrompt', {
      category: 'workload',
      text: '  Which ticket type drains you most?  ',
    });
    const own = added.prompts.filter((p) => !p.builtIn);
    expect(own).toEqual([
      expect.objectContaining({
        category: 'workload',
        text: 'Which ticket type drains you most?',
        hidden: false,
        edited: false,
      }),
    ]);
    expect(await readJson(join(dir(), 'team.json'))).toMatchObject({
      questionBank: { custom: [{ id: own[0]!.id }] },
    });

    const removed = await bank(backend, 'questions:removePrompt', { id: own[0]!.id });
    expect(removed.prompts.filter((p) => !p.builtIn)).toEqual([]);
  });

  it('saveTemplate stores a template and refuses unknown prompts and taken names', async () => {
    const backend = await startBackend(dir());
    const saved = await bank(backend, 'questions:saveTemplate', {
      name: 'Quarterly',
      promptIds: [CAREER, WELLBEING, CAREER],
    });
    const template = saved.templates.find((t) => !t.builtIn);
    expect(template).toMatchObject({ name: 'Quarterly', promptIds: [CAREER, WELLBEING] });
    const before = await teamBytes(dir());

    const unknown = errorOf(
      await backend.invoke('questions:saveTemplate', { name: 'Other', promptIds: ['nope'] }),
    );
    expect(unknown.code).toBe('invalid_input');
    expect(unknown.fields).toHaveProperty('promptIds');
    const taken = errorOf(
      await backend.invoke('questions:saveTemplate', { name: 'quarterly', promptIds: [CAREER] }),
    );
    expect(taken.code).toBe('conflict');
    expect(taken.fields).toHaveProperty('name');
    expect(await teamBytes(dir())).toEqual(before);

    const renamed = await bank(backend, 'questions:saveTemplate', {
      id: template!.id,
      name: 'Quarterly',
      promptIds: [WELLBEING],
    });
    expect(renamed.templates.filter((t) => !t.builtIn)).toEqual([
      { id: template!.id, name: 'Quarterly', promptIds: [WELLBEING], builtIn: false },
    ]);
  });
});

describe('questions:addToAgenda', () => {
  const dir = useTempDir();

  const waiting = async (backend: Backend, personId: string) =>
    valueOf<Brief>(await backend.invoke('brief:get', { personId })).waitingPoints;

  it('adds prompts as the lead’s talking points and skips ones already open', async () => {
    const { backend, personId } = await withPerson(dir());
    const wellbeing = BUILT_IN_PROMPTS.find((p) => p.id === WELLBEING)!.text;
    const career = BUILT_IN_PROMPTS.find((p) => p.id === CAREER)!.text;
    await addPoints(backend, personId, 'Rota');

    const first = await backend.invoke('questions:addToAgenda', {
      personId,
      promptIds: [WELLBEING],
    });
    expect(valueOf(first)).toEqual({ added: 1 });
    const second = await backend.invoke('questions:addToAgenda', {
      personId,
      promptIds: [WELLBEING, CAREER, CAREER],
    });
    expect(valueOf(second)).toEqual({ added: 1 });

    const points = await waiting(backend, personId);
    expect(points.map((p) => [p.text, p.from])).toEqual([
      ['Rota', 'lead'],
      [wellbeing, 'lead'],
      [career, 'lead'],
    ]);
  });

  it('uses the edited wording of a built-in prompt', async () => {
    const { backend, personId } = await withPerson(dir());
    await bank(backend, 'questions:editPrompt', { id: WELLBEING, text: 'Energy level, 1 to 10?' });
    await backend.invoke('questions:addToAgenda', { personId, promptIds: [WELLBEING] });
    expect((await waiting(backend, personId)).map((p) => p.text)).toEqual([
      'Energy level, 1 to 10?',
    ]);
  });

  it('refuses an unknown prompt with not_found and adds nothing', async () => {
    const { backend, personId } = await withPerson(dir());
    const error = errorOf(
      await backend.invoke('questions:addToAgenda', { personId, promptIds: [WELLBEING, 'nope'] }),
    );
    expect(error.code).toBe('not_found');
    expect(await waiting(backend, personId)).toEqual([]);
  });
});
