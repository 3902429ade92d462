import { AppError } from '../../shared/ipc/errors';

/** The message to show a person for anything a call threw. */
export function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Nothing was saved.';
}

export function fieldsOf(error: unknown): Record<string, string> {
  if (error instanceof AppError) return error.fields ?? {};
  // The bridge (preload, web test host) builds its own AppError class: read its fields by shape.
  const fields = error instanceof Error ? (error as Partial<AppError>).fields : undefined;
  return fields && typeof fields === 'object' ? fields : {};
}
