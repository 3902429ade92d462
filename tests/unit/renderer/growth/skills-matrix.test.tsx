import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeamGrowthView } from '../../../../shared/ipc/channels/growth';
import type { SkillDefinition } from '../../../../shared/model/growth';
import { cellKey, pageCoverage } from '../../../../renderer/features/growth/coverage-text';
import { SkillsMatrix } from '../../../../renderer/features/growth/SkillsMatrix';
import {
  milestonesToText,
  textToMilestones,
} from '../../../../renderer/features/growth/template-text';
import { renderWithMantine } from '../mantine';

afterEach(cleanup);

const skill = (id: string, name: string): SkillDefinition => ({
  id,
  name,
  groupId: 'channels',
  criticality: 'critical',
  requiredLevel: 3,
  targetCoverage: 2,
  description: '',
  createdAt: '2026-11-01T00:00:00.000Z',
});

const view: TeamGrowthView = {
  today: '2026-11-18',
  groups: [{ id: 'channels', name: 'Channels' }],
  skills: [skill('phone', 'Phone'), skill('chat', 'Chat')],
  levelDescriptions: ['None', 'Learning', 'With help', 'Independent', 'Can teach others'],
  people: [
    {
      personId: 'ana',
      name: 'Ana',
      role: '',
      levels: { phone: { level: 3, targetLevel: 4, canTrain: false } },
      absences: [],
      awayToday: false,
    },
    { personId: 'ben', name: 'Ben', role: '', levels: {}, absences: [], awayToday: false },
  ],
  coverage: [],
  keyPeople: [],
  training: [],
};

function renderMatrix(pending = new Map<string, number>()) {
  const onSetLevel = vi.fn();
  renderWithMantine(
    <SkillsMatrix
      view={view}
      skills={view.skills}
      coverage={pageCoverage(view, pending, new Set())}
      pending={pending}
      whatIfAway={new Set()}
      onSetLevel={onSetLevel}
    />,
  );
  return { onSetLevel, grid: screen.getByRole('grid', { name: 'Skills matrix' }) };
}

describe('the skills matrix', () => {
  it('shows a glyph and the number in each cell, targets and the coverage row', () => {
    const { grid } = renderMatrix();
    const ana = within(grid).getByRole('gridcell', {
      name: 'Ana, Phone: level 3, Independent; target 4',
    });
    expect(ana.textContent).toBe('◕ 3 →4');
    expect(
      within(grid).getByRole('gridcell', { name: 'Ben, Chat: level 0, None' }).textContent,
    ).toBe('○ 0');
    expect(within(grid).getByLabelText('Phone: 1 of 2, single').textContent).toBe('! 1/2');
    // One cell takes the Tab: the first.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('moves with the arrows, Home and End, and stays inside the grid', () => {
    const { grid } = renderMatrix();
    const cell = (r: number, c: number) =>
      grid.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)!;
    cell(0, 0).focus();
    fireEvent.keyDown(cell(0, 0), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(0, 1));
    fireEvent.keyDown(cell(0, 1), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(0, 1));
    fireEvent.keyDown(cell(0, 1), { key: 'ArrowDown' });
    fireEvent.keyDown(cell(1, 1), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(1, 1));
    fireEvent.keyDown(cell(1, 1), { key: 'Home' });
    expect(document.activeElement).toBe(cell(1, 0));
    expect(cell(1, 0).tabIndex).toBe(0);
    expect(cell(0, 0).tabIndex).toBe(-1);
  });

  it('sets a level with a digit from 0 to 4, and ignores others and modified keys', () => {
    const { grid, onSetLevel } = renderMatrix();
    const first = grid.querySelector<HTMLElement>('[data-cell="0:0"]')!;
    first.focus();
    fireEvent.keyDown(first, { key: '2' });
    fireEvent.keyDown(first, { key: '5' });
    fireEvent.keyDown(first, { key: '3', ctrlKey: true });
    expect(onSetLevel.mock.calls).toEqual([[{ personId: 'ana', skillId: 'phone', level: 2 }]]);
  });

  it('shows a level typed before the backend answers, and counts it in coverage', () => {
    const { grid } = renderMatrix(new Map([[cellKey('ben', 'phone'), 4]]));
    expect(within(grid).getByRole('gridcell', { name: /^Ben, Phone: level 4/ }).textContent).toBe(
      '● 4',
    );
    expect(within(grid).getByLabelText('Phone: 2 of 2, covered').textContent).toBe('✓ 2/2');
  });
});

describe('coverage on the page', () => {
  it('applies leave recorded for the day picked, not only today', () => {
    const withLeave: TeamGrowthView = {
      ...view,
      people: [
        {
          ...view.people[0]!,
          absences: [{ id: 'l1', from: '2026-11-23', to: '2026-11-27', note: 'Holiday' }],
        },
        { ...view.people[1]!, levels: { phone: { level: 4, targetLevel: null, canTrain: true } } },
      ],
    };
    const phone = (on?: string) =>
      pageCoverage(withLeave, new Map(), new Set(), on).find((c) => c.skillId === 'phone')!;
    expect(phone().state).toBe('covered');
    expect(phone('2026-11-25')).toMatchObject({
      state: 'single',
      away: [{ personId: 'ana', name: 'Ana', level: 3 }],
    });
    expect(phone('2026-11-28').state).toBe('covered');
  });
});

describe('template milestones as text', () => {
  it('reads one a line with its week, and writes them back the same way', () => {
    const milestones = textToMilestones(
      '2: Shadow a Tier 2 agent\n\n  Read the playbook \n10) Go live',
    );
    expect(milestones).toEqual([
      { week: 2, text: 'Shadow a Tier 2 agent' },
      { week: 0, text: 'Read the playbook' },
      { week: 10, text: 'Go live' },
    ]);
    expect(milestonesToText(milestones)).toBe(
      '2: Shadow a Tier 2 agent\n0: Read the playbook\n10: Go live',
    );
  });
});
