import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../../shared/model/meeting';
import { stubMatchMedia } from '../mantine';

const setMood = vi.hoisted(() => vi.fn());
vi.mock('../../../../renderer/lib/api', () => ({ api: { meetings: { setMood } } }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn(), hide: vi.fn() } }));

const { MoodCard } = await import('../../../../renderer/features/meetings/MoodCard');

function renderCard(score: number | null) {
  stubMatchMedia();
  const meeting = { id: 'm1', mood: score ? { score, word: '' } : null } as unknown as Meeting;
  const client = new QueryClient();
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <MoodCard personId="p1" meeting={meeting} />
        <button>after</button>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const radio = (n: number) => screen.getByRole<HTMLInputElement>('radio', { name: String(n) });

// Mantine's SegmentedControl measures its options; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

beforeEach(() => {
  setMood.mockResolvedValue({});
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

// The first render loads Mantine, which can take seconds on a busy machine.
describe('MoodCard keys', { timeout: 20_000 }, () => {
  it('arrows move the choice without saving, and stop at 5', () => {
    renderCard(4);
    radio(4).focus();
    fireEvent.keyDown(radio(4), { key: 'ArrowRight' });
    expect(radio(5).checked).toBe(true);
    expect(document.activeElement).toBe(radio(5));
    fireEvent.keyDown(radio(5), { key: 'ArrowRight' });
    expect(radio(5).checked).toBe(true);
    expect(radio(1).checked).toBe(false);
    expect(screen.getByText(/Great \(Enter to save\)/)).toBeTruthy();
    expect(setMood).not.toHaveBeenCalled();
  });

  it('Enter saves the moved choice once', async () => {
    renderCard(4);
    radio(4).focus();
    fireEvent.keyDown(radio(4), { key: 'ArrowLeft' });
    fireEvent.keyDown(radio(3), { key: 'ArrowLeft' });
    expect(setMood).not.toHaveBeenCalled();
    fireEvent.keyDown(radio(2), { key: 'Enter' });
    await waitFor(() => expect(setMood).toHaveBeenCalledTimes(1));
    expect(setMood).toHaveBeenCalledWith({
      personId: 'p1',
      meetingId: 'm1',
      mood: { score: 2, word: '' },
    });
  });

  it('leaving the control saves what it shows; Escape goes back instead', async () => {
    renderCard(3);
    radio(3).focus();
    fireEvent.keyDown(radio(3), { key: 'ArrowRight' });
    fireEvent.keyDown(radio(4), { key: 'Escape' });
    expect(radio(3).checked).toBe(true);
    fireEvent.keyDown(radio(3), { key: 'ArrowRight' });
    fireEvent.blur(radio(4), { relatedTarget: screen.getByRole('button', { name: 'after' }) });
    await waitFor(() => expect(setMood).toHaveBeenCalledTimes(1));
    expect(setMood.mock.calls[0]![0].mood).toEqual({ score: 4, word: '' });
  });

  it('moving between its own options is not leaving', () => {
    renderCard(3);
    fireEvent.keyDown(radio(3), { key: 'ArrowRight' });
    fireEvent.blur(radio(3), { relatedTarget: radio(4) });
    expect(setMood).not.toHaveBeenCalled();
  });

  it('a click saves at once; Space on the focused option with nothing recorded chooses it', async () => {
    renderCard(null);
    fireEvent.click(radio(2));
    await waitFor(() => expect(setMood).toHaveBeenCalledTimes(1));
    cleanup();
    setMood.mockClear();
    renderCard(null);
    radio(1).focus();
    fireEvent.keyDown(radio(1), { key: ' ' });
    await waitFor(() => expect(setMood).toHaveBeenCalledTimes(1));
    expect(setMood.mock.calls[0]![0].mood).toEqual({ score: 1, word: '' });
  });
});
