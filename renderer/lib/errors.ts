import { AppError } from '../../shared/ipc/errors';

/** The message to show a person for anything a call threw. */
export function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Nothing was saved.';
}

export function fieldsOf(error: unknown): Record<string, string> {
  return error instanceof AppError && error.fields ? error.fields : {};
}
