import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { messageOf } from '../lib/errors';
import { PageLoading } from './PageLoading';

/** A TanStack query's status and error: what QueryState reads. */
export interface QueryStatus {
  status: 'pending' | 'error' | 'success';
  error: unknown;
}

interface QueryStateProps {
  /** A TanStack query, or anything loading with the same status and error (`allOf`). */
  query: QueryStatus;
  /** What is loading, for screen readers: "Loading the 1:1". */
  label: string;
  /** The error's heading: "This 1:1 could not be shown". */
  errorTitle?: string;
  /** A way out of the error: back to the page this one belongs to. */
  back?: { to: string; label: string };
}

/**
 * What a screen or a card shows until its data is there: a loader while it loads, and the
 * backend's message when it failed (a failed refresh too). Use it before reading the data:
 * `if (!query.isSuccess) return <QueryState query={query} label="Loading the team" />`.
 */
export function QueryState({ query, label, errorTitle, back }: QueryStateProps) {
  if (query.status === 'success') return null;
  if (query.status === 'pending') return <PageLoading label={label} />;
  return (
    <Alert color="red" title={errorTitle} role="alert">
      {messageOf(query.error)}{' '}
      {back && (
        <Anchor component={Link} to={back.to} inherit>
          {back.label}
        </Anchor>
      )}
    </Alert>
  );
}

/**
 * Several queries as one, for a view that needs them all (the profile's timeline): the first
 * failure, else pending while any is still loading, else success.
 */
export function allOf(...queries: readonly QueryStatus[]): QueryStatus {
  const failed = queries.find((query) => query.status === 'error');
  if (failed) return { status: 'error', error: failed.error };
  const pending = queries.some((query) => query.status === 'pending');
  return { status: pending ? 'pending' : 'success', error: null };
}
