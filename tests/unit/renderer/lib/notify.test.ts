import { notifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { clearPageFailures, notifyNothingChanged } from '../../../../renderer/lib/notify';

const shown = () => notificationsStore.getState().notifications.map((n) => n.title ?? n.message);

describe('failure toasts belong to their page', () => {
  afterEach(() => notifications.clean());

  it('clears the failure toasts on leaving the page, and leaves other toasts alone', () => {
    notifyNothingChanged(new Error('Pick a day and a time.'));
    notifications.show({ id: 'undo', message: 'Talking point removed' });
    expect(shown()).toEqual(['Nothing changed', 'Talking point removed']);
    clearPageFailures();
    expect(shown()).toEqual(['Talking point removed']);
  });
});
