import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  savedMessage,
  showSaved,
  undoneMessage,
} from '../../../../renderer/features/kpis/undo-save';
import { renderWithMantine } from '../mantine';

const toasts = vi.hoisted(() => ({ show: vi.fn(() => 'toast-1'), hide: vi.fn() }));
vi.mock('@mantine/notifications', () => ({ notifications: toasts }));
const kpis = vi.hoisted(() => ({ undoSave: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => ({ api: { kpis } }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('the grid save toast', () => {
  it.each([
    [{ saved: 8, cleared: 0 }, '8 values saved.'],
    [{ saved: 1, cleared: 2 }, '1 value saved, 2 values cleared.'],
    [{ saved: 0, cleared: 1 }, '1 value cleared.'],
    [{ saved: 0, cleared: 0 }, 'Nothing had changed.'],
  ])('%o says %s', (counts, text) => {
    expect(savedMessage({ ...counts, unchanged: 0, saveId: null })).toBe(text);
  });

  it.each([
    [{ restored: 3, kept: 0 }, '3 values put back as before the save.'],
    [
      { restored: 1, kept: 1 },
      '1 value put back as before the save. 1 value was changed again since, so it was kept.',
    ],
    [{ restored: 0, kept: 2 }, '2 values were changed again since, so they were kept.'],
    [{ restored: 0, kept: 0 }, 'Nothing was left to undo.'],
  ])('after Undo, %o says %s', (result, text) => {
    expect(undoneMessage(result)).toBe(text);
  });

  it('offers no Undo when nothing changed', () => {
    showSaved({ saved: 0, cleared: 0, unchanged: 3, saveId: null });
    expect(toasts.show).toHaveBeenCalledWith({ color: 'teal', message: 'Nothing had changed.' });
  });

  it('offers Undo, which takes that save back and says what came back', async () => {
    kpis.undoSave.mockResolvedValue({ restored: 2, kept: 0 });
    showSaved({ saved: 2, cleared: 0, unchanged: 0, saveId: 'save-1' });
    const [options] = toasts.show.mock.calls.at(-1) as unknown as [{ message: ReactNode }];
    renderWithMantine(options.message);
    expect(screen.getByText('2 values saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(kpis.undoSave).toHaveBeenCalledWith({ saveId: 'save-1' });
    await vi.waitFor(() =>
      expect(toasts.show).toHaveBeenLastCalledWith({
        color: 'teal',
        message: '2 values put back as before the save.',
      }),
    );
  });
});
