import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { messageOf } from '../lib/errors';
import { PageLoading } from './PageLoading';

interface QueryStateProps {
  /** A TanStack query, or anything loading with the same status and error. */
  query: { status: 'pending' | 'error' | 'success'; error: unknown };
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
