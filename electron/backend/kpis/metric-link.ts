import { AppError } from '../../../shared/ipc/errors';
import type { TeamDocument } from '../../../shared/model/documents';

export const UNKNOWN_METRIC = 'This metric is not defined any more. Pick another, or none.';
export const ARCHIVED_METRIC = (name: string) =>
  `${name} is archived, so nothing new can link to it. Pick a metric in use, or none.`;

/**
 * The metric a feedback entry or a goal links to: it must be one of the team's metrics, and not
 * archived, unless the entry already linked to it (editing an old entry keeps its link).
 * Refuses with the message next to the `metricId` field; answers the id to store.
 */
export function checkMetricLink(
  team: TeamDocument,
  metricId: string | null,
  current: string | null = null,
): string | null {
  if (metricId === null) return null;
  const metric = team.kpis.metrics.find((m) => m.id === metricId);
  if (!metric) {
    throw new AppError('invalid_input', UNKNOWN_METRIC, { metricId: UNKNOWN_METRIC });
  }
  if (metric.archived && metricId !== current) {
    const message = ARCHIVED_METRIC(metric.name);
    throw new AppError('invalid_input', message, { metricId: message });
  }
  return metricId;
}
