import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAction, type ActionOptions } from '../../../../renderer/lib/use-action';
import { AppError } from '../../../../shared/ipc/errors';

const toasts = vi.hoisted(() => ({ show: vi.fn(), hide: vi.fn() }));
vi.mock('@mantine/notifications', () => ({ notifications: toasts }));
const undoToast = vi.hoisted(() => vi.fn());
vi.mock('../../../../renderer/lib/undo-toast', () => ({ showUndoToast: undoToast }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function setup<I = void, O = unknown>(fn: (input: I) => Promise<O>, options?: ActionOptions<I, O>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useAction(fn, options), { wrapper }).result;
}

const invalid = (fields: Record<string, string>) =>
  new AppError('invalid_input', 'Check the form.', fields);
const failureToast = (message: string, title = 'Nothing changed') =>
  expect(toasts.show).toHaveBeenCalledWith(
    expect.objectContaining({ color: 'red', title, message }),
  );

describe('useAction: failures', () => {
  it('shows the backend message in the one failure toast', async () => {
    const action = setup(() =>
      Promise.reject(new AppError('not_found', 'This person is not in Coachbook any more.')),
    );
    act(() => action.current.run());
    await waitFor(() => failureToast('This person is not in Coachbook any more.'));
    expect(action.current.isError).toBe(true);
  });

  it('puts field messages next to the fields, without a toast', async () => {
    const showFieldErrors = vi.fn();
    const action = setup(() => Promise.reject(invalid({ text: 'Write at most 500 characters.' })), {
      showFieldErrors,
    });
    act(() => action.current.run());
    await waitFor(() =>
      expect(showFieldErrors).toHaveBeenLastCalledWith({ text: 'Write at most 500 characters.' }),
    );
    expect(toasts.show).not.toHaveBeenCalled();
  });

  it('clears the messages of an earlier try when run again', () => {
    const showFieldErrors = vi.fn();
    const action = setup(() => new Promise(() => undefined), { showFieldErrors });
    act(() => action.current.run());
    expect(showFieldErrors).toHaveBeenCalledWith({});
  });

  it('shows a part of a field at the field, and a field the form lacks in the toast', async () => {
    const showFieldErrors = vi.fn();
    const action = setup(
      () => Promise.reject(invalid({ 'values.2': 'Each value once.', owner: 'Pick an owner.' })),
      { showFieldErrors, fieldNames: ['values'] },
    );
    act(() => action.current.run());
    await waitFor(() => failureToast('Check the form.'));
    expect(showFieldErrors).toHaveBeenLastCalledWith({ values: 'Each value once.' });
  });

  it('sends an issue of the whole input (no field) to the toast', async () => {
    const showFieldErrors = vi.fn();
    const action = setup(() => Promise.reject(invalid({ _: 'Name the date or the meeting.' })), {
      showFieldErrors,
    });
    act(() => action.current.run());
    await waitFor(() => failureToast('Check the form.'));
    expect(showFieldErrors).toHaveBeenCalledTimes(1); // only the clearing on run
  });

  it('renames contract paths to form fields, and takes a per-call form', async () => {
    const hookForm = vi.fn();
    const callForm = vi.fn();
    const action = setup(() => Promise.reject(invalid({ 'link.label': 'Name the skill.' })), {
      showFieldErrors: hookForm,
      toFormErrors: (fields) => ({ linkLabel: fields['link.label'] ?? '' }),
    });
    act(() => action.current.run(undefined, { showFieldErrors: callForm }));
    await waitFor(() =>
      expect(callForm).toHaveBeenLastCalledWith({ linkLabel: 'Name the skill.' }),
    );
    expect(hookForm).not.toHaveBeenCalled();
  });

  it('says what went wrong for any error, with the chosen title', async () => {
    const action = setup(() => Promise.reject(new Error('The disk is full.')), {
      failureTitle: 'Export failed',
    });
    act(() => action.current.run());
    await waitFor(() => failureToast('The disk is full.', 'Export failed'));
  });
});

describe('useAction: success', () => {
  it('shows the done toast, built from the result and the input', async () => {
    const onSuccess = vi.fn();
    const action = setup((n: number) => Promise.resolve({ recorded: n }), {
      done: ({ recorded }, n) => `${recorded} of ${n} marked held.`,
    });
    act(() => action.current.run(3, { onSuccess }));
    await waitFor(() =>
      expect(toasts.show).toHaveBeenCalledWith({ color: 'teal', message: '3 of 3 marked held.' }),
    );
    expect(onSuccess).toHaveBeenCalledWith({ recorded: 3 });
  });

  it('shows nothing when there is nothing to say', async () => {
    const action = setup(() => Promise.resolve('ok'));
    act(() => action.current.run());
    await waitFor(() => expect(action.current.isSuccess).toBe(true));
    expect(toasts.show).not.toHaveBeenCalled();
  });

  it('offers Undo, which reverses the change with its result and input', async () => {
    const undo = vi.fn(() => Promise.resolve());
    const action = setup((id: string) => Promise.resolve({ removed: id }), {
      done: (_, id) => `Removed ${id}.`,
      undo,
    });
    act(() => action.current.run('p-1'));
    await waitFor(() => expect(undoToast).toHaveBeenCalledTimes(1));
    const [message, runUndo] = undoToast.mock.calls[0]!;
    expect(message).toBe('Removed p-1.');
    expect(toasts.show).not.toHaveBeenCalled();
    await runUndo();
    expect(undo).toHaveBeenCalledWith({ removed: 'p-1' }, 'p-1');
  });
});

describe('useAction: focus after a failure', () => {
  it('focuses the first field the backend names, in the form the action started from', async () => {
    document.body.innerHTML =
      '<input id="elsewhere" aria-invalid="true"><form><input id="name"><input id="email"><button id="save">Save</button></form>';
    const field = (id: string) => document.getElementById(id)!;
    const showFieldErrors = (errors: Record<string, string>) => {
      for (const id of ['name', 'email']) {
        if (errors[id]) field(id).setAttribute('aria-invalid', 'true');
        else field(id).removeAttribute('aria-invalid');
      }
    };
    const action = setup(() => Promise.reject(invalid({ email: 'Use an address like a@b.c.' })), {
      showFieldErrors,
    });
    field('save').focus();
    act(() => action.current.run());
    await waitFor(() => expect(document.activeElement?.id).toBe('email'));
    document.body.innerHTML = '';
  });

  it('leaves focus alone when the failure goes to the toast', async () => {
    document.body.innerHTML =
      '<form><input id="name" aria-invalid="true"><button id="save"></button></form>';
    const action = setup(() => Promise.reject(new AppError('not_found', 'Gone.')));
    document.getElementById('save')!.focus();
    act(() => action.current.run());
    await waitFor(() => expect(toasts.show).toHaveBeenCalled());
    expect(document.activeElement?.id).toBe('save');
    document.body.innerHTML = '';
  });
});
