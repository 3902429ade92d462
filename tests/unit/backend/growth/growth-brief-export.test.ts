import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../shared/model/brief';
import type { Goal } from '../../../../shared/model/growth';
import { valueOf } from '../../helpers/backend';
import { openOccurrence, withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';
import { addSkill, setLevel } from './helpers';

describe('growth in the brief and the Markdown export', () => {
  const dir = useTempDir();

  async function setUp() {
    const { backend, personId } = await withPerson(dir());
    const meeting = await openOccurrence(backend, personId, '2026-11-17');
    const [goal] = valueOf<Goal[]>(
      await backend.invoke('growth:startPlan', {
        personId,
        templateId: 'tier1-to-tier2',
        startsOn: '2026-11-02',
      }),
    );
    valueOf(
      await backend.invoke('growth:tickMilestone', {
        personId,
        goalId: goal!.id,
        milestoneId: goal!.milestones[0]!.id,
        done: true,
        on: '2026-11-17',
        meetingId: meeting.meeting.id,
      }),
    );
    valueOf(
      await backend.invoke('growth:createTraining', {
        personId,
        kind: 'certification',
        title: 'Zendesk Support Admin',
        provider: 'Zendesk',
        status: 'completed',
        completedOn: '2025-12-01',
        expiresOn: '2026-12-01',
        hoursSpent: 12,
      }),
    );
    const phone = await addSkill(backend, 'Phone');
    await setLevel(backend, personId, phone.id, 3);
    return { backend, personId };
  }

  it('the brief lists milestones done and due, certifications and level changes, with topics', async () => {
    const { backend, personId } = await setUp();
    const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
    expect(brief.growth.milestonesDone).toEqual([
      expect.objectContaining({ text: 'Shadow a Tier 2 agent for 3 sessions', inMeeting: true }),
    ]);
    expect(brief.growth.milestonesDue.map((m) => m.text)).toEqual([
      'Finish the internal API course',
    ]);
    expect(brief.growth.certifications.map((c) => c.daysLeft)).toEqual([13]);
    expect(brief.growth.skillChanges.map((c) => [c.skillName, c.from, c.to])).toEqual([
      ['Phone', null, 3],
    ]);
    expect(brief.suggestions.filter((s) => s.kind === 'growth').map((s) => s.text)).toEqual([
      'Milestone due 30 Nov 2026: "Finish the internal API course" (Learn the product\'s technical side). On track?',
      'Zendesk Support Admin expires on 1 Dec 2026: plan the renewal.',
      'Phone went up to level 3: recognise the progress.',
    ]);
  });

  it('the export has the plan, the training log and the levels over time', async () => {
    const { backend, personId } = await setUp();
    const { content } = valueOf<{ content: string }>(
      await backend.invoke('export:personMarkdown', { personId }),
    );
    expect(content).toContain('## Development plan');
    expect(content).toContain('### Handle Tier 2 escalations independently');
    expect(content).toContain(
      '- [x] Shadow a Tier 2 agent for 3 sessions (due 16 Nov 2026), done 17 Nov 2026 in a 1:1',
    );
    expect(content).toContain('## Training log');
    expect(content).toContain(
      '- **Zendesk Support Admin** (Certification; completed; Zendesk; completed 1 Dec 2025; 12 h; expires 1 Dec 2026)',
    );
    expect(content).toContain('## Skill levels');
    expect(content).toContain('- 18 Nov 2026: Phone set to 3');
  });
});
