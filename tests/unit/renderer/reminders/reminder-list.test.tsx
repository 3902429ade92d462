import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderList } from '../../../../renderer/features/reminders/ReminderList';
import { bellLabel, dueCount } from '../../../../renderer/features/reminders/reminder-text';
import type { Reminder, RemindersView } from '../../../../shared/model/reminders';
import { renderWithMantine } from '../mantine';

afterEach(cleanup);

const NOW = Date.parse('2026-11-18T12:50:00Z');

const reminder = (over: Partial<Reminder>): Reminder => ({
  id: 'meeting_soon:p-1:2026-11-18T13:00',
  kind: 'meeting_soon',
  title: '1:1 with Ben Okafor at 13:00',
  body: 'Starts in 10 minutes.',
  dueAt: '2026-11-18T12:50:00Z',
  personId: 'p-1',
  route: '/team/p-1/occurrence/2026-11-18',
  status: 'due',
  snoozedUntil: null,
  ...over,
});

const VIEW: RemindersView = {
  reminders: [
    reminder({}),
    reminder({
      id: 'action_overdue:a-1',
      kind: 'action_overdue',
      title: 'Overdue: send the rota to Ana',
      status: 'missed',
    }),
    reminder({
      id: 'follow_up_due:f-1',
      kind: 'follow_up_due',
      title: 'Follow up with Priya',
      status: 'snoozed',
      snoozedUntil: '2026-11-18T14:00:00Z',
    }),
  ],
  next: { title: 'Prep: 1:1 with Ana Silva at 15:00', at: '2026-11-18T14:00:00Z' },
  pausedUntil: null,
  notifications: 'available',
};

function renderList(view: RemindersView = VIEW) {
  const handlers = {
    onOpen: vi.fn(),
    onSnooze: vi.fn(),
    onDismiss: vi.fn(),
    onResume: vi.fn(),
    onLeave: vi.fn(),
  };
  renderWithMantine(
    <MemoryRouter>
      <ReminderList view={view} now={NOW} busy={false} {...handlers} />
    </MemoryRouter>,
  );
  return handlers;
}

describe('the bell', () => {
  it('counts due and missed reminders, not snoozed ones, in its name', () => {
    expect(dueCount(VIEW.reminders)).toBe(2);
    expect(bellLabel(3)).toBe('Reminders, 3 due');
    expect(bellLabel(0)).toBe('Reminders, none due');
  });

  it('lists due, missed and snoozed reminders under their headings', () => {
    renderList();
    const due = screen.getByRole('region', { name: 'Due' });
    expect(
      within(due).getByRole('listitem', { name: '1:1 with Ben Okafor at 13:00' }),
    ).toBeTruthy();
    const away = screen.getByRole('region', { name: 'While you were away' });
    expect(within(away).getByRole('listitem').getAttribute('aria-label')).toBe(
      'Overdue: send the rota to Ana',
    );
    const snoozed = screen.getByRole('region', { name: 'Snoozed' });
    expect(within(snoozed).getByText(/^Snoozed until /)).toBeTruthy();
    expect(screen.getByText('Next: Prep: 1:1 with Ana Silva at 15:00')).toBeTruthy();
  });

  it('opens, dismisses one, and dismisses all', () => {
    const handlers = renderList();
    const item = screen.getByRole('listitem', { name: '1:1 with Ben Okafor at 13:00' });
    fireEvent.click(within(item).getByRole('button', { name: 'Open' }));
    expect(handlers.onOpen).toHaveBeenCalledWith(VIEW.reminders[0]);
    fireEvent.click(within(item).getByRole('button', { name: 'Dismiss' }));
    expect(handlers.onDismiss).toHaveBeenLastCalledWith(['meeting_soon:p-1:2026-11-18T13:00']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(handlers.onDismiss).toHaveBeenLastCalledWith(VIEW.reminders.map((r) => r.id));
  });

  it('snoozes for 10 minutes, 1 hour or tomorrow morning', async () => {
    const handlers = renderList();
    const item = screen.getByRole('listitem', { name: 'Overdue: send the rota to Ana' });
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    const choices = await screen.findAllByRole('menuitem');
    expect(choices.map((c) => c.textContent)).toEqual(['10 minutes', '1 hour', 'Tomorrow morning']);
    fireEvent.click(choices[2]!);
    expect(handlers.onSnooze).toHaveBeenCalledWith('action_overdue:a-1', 'tomorrow');
  });

  it('says what to expect when nothing is due, and offers Resume while paused', () => {
    const handlers = renderList({
      ...VIEW,
      reminders: [],
      pausedUntil: '2026-11-18T13:50:00Z',
    });
    expect(screen.getByText(/^Nothing due\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dismiss all' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    expect(handlers.onResume).toHaveBeenCalledOnce();
  });

  it('shows no pause once it has ended', () => {
    renderList({ ...VIEW, pausedUntil: '2026-11-18T12:00:00Z' });
    expect(screen.queryByRole('button', { name: 'Resume reminders' })).toBeNull();
  });
});
