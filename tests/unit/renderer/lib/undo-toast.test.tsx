import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showUndoToast, UNDO_MS } from '../../../../renderer/lib/undo-toast';
import { renderWithMantine } from '../mantine';

const toasts = vi.hoisted(() => ({ show: vi.fn(() => 'toast-1'), hide: vi.fn() }));
vi.mock('@mantine/notifications', () => ({ notifications: toasts }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

/** Shows the toast and renders what it would hold. */
function showToast(undo: () => Promise<unknown>) {
  showUndoToast('Talking point removed.', undo);
  const [options] = toasts.show.mock.calls.at(-1) as unknown as [
    { message: ReactNode; autoClose: number },
  ];
  renderWithMantine(options.message);
  return options;
}

describe('showUndoToast', () => {
  it('says what went, for a few seconds, with an Undo button', () => {
    const options = showToast(() => Promise.resolve());
    expect(options.autoClose).toBe(UNDO_MS);
    expect(screen.getByText('Talking point removed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('undoes once, however often Undo is clicked, and closes the toast', () => {
    const undo = vi.fn(() => Promise.resolve());
    showToast(undo);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(toasts.hide).toHaveBeenCalledWith('toast-1');
  });

  it('says so when the undo fails', async () => {
    showToast(() => Promise.reject(new Error('This person is not in Coachbook any more.')));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() =>
      expect(toasts.show).toHaveBeenLastCalledWith(
        expect.objectContaining({
          color: 'red',
          title: 'Not restored',
          message: 'This person is not in Coachbook any more.',
        }),
      ),
    );
  });
});
