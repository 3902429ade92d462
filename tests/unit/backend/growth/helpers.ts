import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { PersonDocument } from '../../../../shared/model/documents';
import type { SkillDefinition } from '../../../../shared/model/growth';
import { createPerson, valueOf } from '../../helpers/backend';

/** The raw text of a person's file, to prove a refused call wrote nothing. */
export const personFileText = (dataDir: string, personId: string) =>
  readFile(join(dataDir, 'people', `${personId}.json`), 'utf8');

export const storedGrowth = async (dataDir: string, personId: string) =>
  (JSON.parse(await personFileText(dataDir, personId)) as PersonDocument).growth;

export async function addPeople(backend: Backend, ...names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) ids.push((await createPerson(backend, { name })).person.id);
  return ids;
}

export async function addSkill(
  backend: Backend,
  name: string,
  overrides: Partial<SkillDefinition> = {},
): Promise<SkillDefinition> {
  return valueOf<SkillDefinition>(
    await backend.invoke('growth:saveSkill', {
      name,
      groupId: 'queues',
      criticality: 'critical',
      requiredLevel: 3,
      targetCoverage: 2,
      ...overrides,
    }),
  );
}

export async function setLevel(backend: Backend, personId: string, skillId: string, level: number) {
  return valueOf(await backend.invoke('growth:setLevel', { personId, skillId, level }));
}
