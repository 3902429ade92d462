import type { z } from 'zod';
import { fieldErrors } from '../../shared/model/validation';

/** Validates a Mantine form with the same zod schema the backend uses. */
export function zodValidator<T>(schema: z.ZodType<unknown, T>) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(values);
    return result.success ? {} : fieldErrors(result.error);
  };
}
