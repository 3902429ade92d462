import { randomUUID } from 'node:crypto';
import { nameKey } from '../../../shared/domain/names';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { TeamDocument } from '../../../shared/model/documents';
import type { PlanTemplate, SkillDefinition, SkillGroup } from '../../../shared/model/growth';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import type { DocumentFile } from '../storage/document-file';
import { requireSkill } from './lookups';

/** Skill definitions, groups, level descriptions and templates, in team.json. */
export class TeamSkillsService {
  constructor(
    private readonly team: DocumentFile<TeamDocument>,
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  async saveSkill(input: ParsedInput<'growth:saveSkill'>): Promise<SkillDefinition> {
    const { skillId, ...fields } = input;
    const growth = this.team.data.growth;
    if (!growth.groups.some((g) => g.id === fields.groupId)) {
      const message = 'This group does not exist any more.';
      throw new AppError('not_found', message, { groupId: message });
    }
    const clash = growth.skills.find(
      (s) => s.id !== skillId && nameKey(s.name) === nameKey(fields.name),
    );
    if (clash) {
      const message = `There is already a skill called ${clash.name}.`;
      throw new AppError('conflict', message, { name: message });
    }
    const current = skillId ? requireSkill(this.team.data, skillId) : null;
    const skill: SkillDefinition = current
      ? { ...current, ...fields }
      : { id: randomUUID(), ...fields, createdAt: this.clock().toISOString() };
    await this.team.update((doc) => {
      doc.growth.skills = current
        ? doc.growth.skills.map((s) => (s.id === skill.id ? skill : s))
        : [...doc.growth.skills, skill];
    });
    return skill;
  }

  /**
   * People's levels in a skill are history: deleting the skill asks first when there are any,
   * and leaves them in each person's file under the skill's name (shown as a deleted skill).
   */
  async removeSkill(skillId: string, confirm: boolean) {
    const skill = requireSkill(this.team.data, skillId);
    const withLevels = this.repo
      .all()
      .filter((d) => d.growth.skills.some((s) => s.skillId === skillId && s.history.length > 0));
    if (withLevels.length > 0 && !confirm) {
      const who = withLevels.length === 1 ? '1 person has' : `${withLevels.length} people have`;
      throw new AppError(
        'conflict',
        `${who} a level in ${skill.name}. Delete it anyway? Their level history is kept.`,
      );
    }
    await this.team.update((doc) => {
      doc.growth.skills = doc.growth.skills.filter((s) => s.id !== skillId);
    });
    return { removed: true as const, peopleWithLevels: withLevels.length };
  }

  async saveGroup(groupId: string | null, name: string): Promise<SkillGroup> {
    const groups = this.team.data.growth.groups;
    if (groupId && !groups.some((g) => g.id === groupId)) {
      throw new AppError('not_found', 'This group does not exist any more.');
    }
    if (groups.some((g) => g.id !== groupId && nameKey(g.name) === nameKey(name))) {
      const message = `There is already a group called ${name}.`;
      throw new AppError('conflict', message, { name: message });
    }
    const group = { id: groupId ?? randomUUID(), name };
    await this.team.update((doc) => {
      doc.growth.groups = groupId
        ? doc.growth.groups.map((g) => (g.id === groupId ? group : g))
        : [...doc.growth.groups, group];
    });
    return group;
  }

  async removeGroup(groupId: string): Promise<{ removed: true }> {
    const growth = this.team.data.growth;
    const group = growth.groups.find((g) => g.id === groupId);
    if (!group) throw new AppError('not_found', 'This group does not exist any more.');
    const inIt = growth.skills.filter((s) => s.groupId === groupId).length;
    if (inIt > 0) {
      throw new AppError(
        'conflict',
        `${group.name} still holds ${inIt === 1 ? 'a skill' : `${inIt} skills`}: move or delete ${inIt === 1 ? 'it' : 'them'} first.`,
      );
    }
    await this.team.update((doc) => {
      doc.growth.groups = doc.growth.groups.filter((g) => g.id !== groupId);
    });
    return { removed: true };
  }

  async setLevelDescriptions(descriptions: string[]): Promise<string[]> {
    await this.team.update((doc) => {
      doc.growth.levelDescriptions = descriptions;
    });
    return descriptions;
  }

  async saveTemplate(input: ParsedInput<'growth:saveTemplate'>): Promise<PlanTemplate> {
    const { templateId, ...fields } = input;
    const templates = this.team.data.growth.templates;
    if (templateId && !templates.some((t) => t.id === templateId)) {
      throw new AppError('not_found', 'This template does not exist any more.');
    }
    const template: PlanTemplate = { id: templateId ?? randomUUID(), ...fields };
    await this.team.update((doc) => {
      doc.growth.templates = templateId
        ? doc.growth.templates.map((t) => (t.id === templateId ? template : t))
        : [...doc.growth.templates, template];
    });
    return template;
  }

  async removeTemplate(templateId: string): Promise<{ removed: true }> {
    if (!this.team.data.growth.templates.some((t) => t.id === templateId)) {
      throw new AppError('not_found', 'This template does not exist any more.');
    }
    await this.team.update((doc) => {
      doc.growth.templates = doc.growth.templates.filter((t) => t.id !== templateId);
    });
    return { removed: true };
  }
}
