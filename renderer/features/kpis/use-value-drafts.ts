import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { readCell } from '../../../shared/domain/kpis/cells';
import { toLocalDate } from '../../../shared/domain/local-time';
import type { MetricDefinition } from '../../../shared/model/kpis';
import { fieldsOf } from '../../lib/errors';
import { errorsByDraft, splitDraftKey } from './grid-edit';
import { useKpisAction } from './queries';
import { showSaved } from './undo-save';

/**
 * The grid's unsaved cells, across views: a draft is kept by person, metric and period, so
 * switching from one metric to another (or to a person) keeps what was typed. Each draft is
 * read as it is made with the same rule the backend applies; Save sends them all in one call,
 * and nothing is written unless every one is right.
 */
export function useValueDrafts(metrics: readonly MetricDefinition[]) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const byId = useMemo(() => new Map(metrics.map((m) => [m.id, m])), [metrics]);

  const localErrors = useMemo(() => {
    const today = toLocalDate(new Date());
    const errors: Record<string, string> = {};
    for (const [key, text] of Object.entries(drafts)) {
      const { metricId, period } = splitDraftKey(key);
      const reading = readCell(text, period, byId.get(metricId), today);
      if (!reading.ok) errors[key] = reading.message;
    }
    return errors;
  }, [drafts, byId]);

  const errors = { ...serverErrors, ...localErrors };

  // The toast is shown on success below: with Undo when the save changed something.
  const save = useKpisAction('kpis:setValues', { failureTitle: 'Nothing was saved' });

  const change = (changes: [key: string, text: string | undefined][]) => {
    setDrafts((current) => {
      const next = { ...current };
      for (const [key, text] of changes) {
        if (text === undefined) delete next[key];
        else next[key] = text;
      }
      return next;
    });
    setServerErrors((current) => {
      const next = { ...current };
      for (const [key] of changes) delete next[key];
      return next;
    });
  };

  const saveAll = () => {
    const keys = Object.keys(drafts);
    if (keys.length === 0) return;
    if (Object.keys(localErrors).length > 0) {
      notifications.show({
        color: 'red',
        title: 'Nothing was saved',
        message: 'Fix the cells marked in the grid, then save again.',
      });
      return;
    }
    const cells = keys.map((key) => ({ ...splitDraftKey(key), text: drafts[key]! }));
    save.mutate(
      { cells },
      {
        onSuccess: (result) => {
          setDrafts({});
          setServerErrors({});
          showSaved(result);
        },
        onError: (error) => setServerErrors(errorsByDraft(keys, fieldsOf(error))),
      },
    );
  };

  const discard = () => {
    setDrafts({});
    setServerErrors({});
  };

  return {
    drafts,
    errors,
    count: Object.keys(drafts).length,
    invalid: Object.keys(errors).length,
    saving: save.isPending,
    change,
    saveAll,
    discard,
  };
}
