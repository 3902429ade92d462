import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { allOf, QueryState, type QueryStatus } from '../../../../renderer/components/QueryState';
import { AppError } from '../../../../shared/ipc/errors';
import { renderWithMantine } from '../mantine';

afterEach(cleanup);

const success: QueryStatus = { status: 'success', error: null };
const pending: QueryStatus = { status: 'pending', error: null };
const failed = (message: string): QueryStatus => ({
  status: 'error',
  error: new AppError('storage', message),
});

describe('allOf: several queries as one', () => {
  it.each([
    ['every one loaded', [success, success, success], 'success'],
    ['one still loading', [success, pending, success], 'pending'],
    ['one failed while another loads', [pending, failed('x'), success], 'error'],
    ['no query at all', [], 'success'],
  ] as const)('%s', (_label, queries, status) => {
    expect(allOf(...queries).status).toBe(status);
  });

  it("answers the first failure's error", () => {
    const first = failed('The file of Priya could not be read.');
    expect(allOf(success, first, failed('later')).error).toBe(first.error);
  });
});

describe('QueryState', () => {
  it('shows the failed query of several, with its message and title', () => {
    renderWithMantine(
      <QueryState
        query={allOf(success, failed('Disk full: nothing could be read.'))}
        label="Loading the timeline"
        errorTitle="The timeline could not be shown"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The timeline could not be shown');
    expect(alert.textContent).toContain('Disk full: nothing could be read.');
  });

  it('says it is loading while any query loads, and shows nothing once all loaded', () => {
    const { rerender } = renderWithMantine(
      <QueryState query={allOf(success, pending)} label="Loading the timeline" />,
    );
    expect(screen.getByRole('status').textContent).toContain('Loading the timeline');
    rerender(<QueryState query={allOf(success, success)} label="Loading the timeline" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
