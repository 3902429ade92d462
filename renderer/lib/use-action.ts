import { notifications } from '@mantine/notifications';
import { useMutation, type MutationKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { fieldsOf } from './errors';
import { focusFirstInvalid, focusScope } from './focus';
import { notifyNothingChanged } from './notify';
import { showUndoToast } from './undo-toast';

/** Field name (as the form calls its input) to the message shown next to it. */
export type FieldErrors = Record<string, string>;
type Text<I, O> = string | ((result: O, input: I) => string);

export interface ActionOptions<I, O> {
  mutationKey?: MutationKey;
  /** The toast when it worked ("Template saved."). */
  done?: Text<I, O>;
  /** Puts the change back; the `done` toast then offers "Undo" for a few seconds. */
  undo?: (result: O, input: I) => Promise<unknown>;
  /** The failure toast's title; its message is always the backend's. */
  failureTitle?: string;
  /** Where messages about single fields go: a form's `setErrors`. */
  showFieldErrors?: (errors: FieldErrors) => void;
  /**
   * The fields a small form shows, when not all of the input's: a message about a part of one
   * (`values.2`) shows at it (`values`), and any other goes to the toast. Without it every path
   * goes to the form as it is (a Mantine form names nested inputs `cadence.time`).
   */
  fieldNames?: readonly string[];
  /** Contract field paths (`link.label`) as the form names its inputs (`linkLabel`). */
  toFormErrors?: (fields: FieldErrors) => FieldErrors;
}

export interface RunOptions<O> {
  /** For a form that lives in a child component: its `setErrors`, for this call. */
  showFieldErrors?: (errors: FieldErrors) => void;
  /** Local follow-ups (clear an input, close a dialog); skipped once the caller is unmounted. */
  onSuccess?: (result: O) => void;
}

type FailureOptions = Pick<
  ActionOptions<never, never>,
  'failureTitle' | 'showFieldErrors' | 'fieldNames' | 'toFormErrors'
>;

/**
 * Where a failure is shown: next to the fields it names when a form is there to show them, and
 * otherwise (no field named, or one the form does not have) in the one failure toast: "Nothing
 * changed" and the backend's message. Answers whether a form shows some of it.
 */
export function reportFailure(error: unknown, options: FailureOptions): boolean {
  const { showFieldErrors, fieldNames, toFormErrors = (f: FieldErrors) => f } = options;
  const fields = Object.entries(toFormErrors(fieldsOf(error)));
  const atFields: FieldErrors = {};
  let elsewhere = fields.length === 0;
  for (const [path, message] of fields) {
    const field = fieldNames ? fieldNames.find((name) => path.split('.')[0] === name) : path;
    // `_` is an issue of the input as a whole: no field to show it at.
    if (showFieldErrors && field && field !== '_') atFields[field] ??= message;
    else elsewhere = true;
  }
  const shown = Object.keys(atFields).length > 0 && showFieldErrors !== undefined;
  if (shown) showFieldErrors(atFields);
  if (elsewhere) notifyNothingChanged(error, options.failureTitle);
  return shown;
}

/**
 * The one way the renderer changes data: a TanStack mutation that owns what a person sees of the
 * outcome. A failure shows at the fields it names or as the failure toast; success can show a
 * toast, with "Undo" when the change is cheap to reverse. Refreshing is not its business: the
 * backend's data:changed event does that (lib/data-sync.ts).
 */
export function useAction<I = void, O = unknown>(
  mutationFn: (input: I) => Promise<O>,
  options: ActionOptions<I, O> = {},
) {
  const callFields = useRef<RunOptions<O>['showFieldErrors']>(undefined);
  /** The form or dialog the run started from: its first invalid field gets focus on failure. */
  const scope = useRef<Element | null>(null);
  /** Stops waiting to focus an invalid field: on the next run, and when the form goes away. */
  const stopFocusing = useRef<() => void>(() => undefined);
  useEffect(() => () => stopFocusing.current(), []);
  const mutation = useMutation({
    mutationKey: options.mutationKey,
    mutationFn,
    onSuccess: (result, input) => {
      const { done, undo } = options;
      const message = typeof done === 'function' ? done(result, input) : done;
      if (message && undo) showUndoToast(message, () => undo(result, input));
      else if (message) notifications.show({ color: 'teal', message });
    },
    onError: (error) => {
      const atFields = reportFailure(error, {
        ...options,
        showFieldErrors: callFields.current ?? options.showFieldErrors,
      });
      if (atFields && scope.current?.isConnected) {
        stopFocusing.current = focusFirstInvalid(scope.current);
      }
    },
  });

  /** Runs the change; field messages from an earlier try are cleared first. */
  const run = (input: I, call: RunOptions<O> = {}) => {
    callFields.current = call.showFieldErrors;
    stopFocusing.current();
    scope.current = focusScope(document.activeElement);
    (call.showFieldErrors ?? options.showFieldErrors)?.({});
    mutation.mutate(input, { onSuccess: (result) => call.onSuccess?.(result) });
  };

  return { ...mutation, run };
}
