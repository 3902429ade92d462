import { z } from 'zod';
import { personSchema } from './person';
import { timestampSchema } from './common';

/**
 * One file per person keeps writes small and lets a person's data be exported, handed over or
 * erased as one file. Later pillars add their collections here (with a migration).
 */
export const PERSON_DOCUMENT_VERSION = 2;
export const personDocumentSchema = z.object({
  schemaVersion: z.literal(PERSON_DOCUMENT_VERSION),
  person: personSchema,
});
export type PersonDocument = z.infer<typeof personDocumentSchema>;

/** Team-wide data that belongs to no single person. */
export const TEAM_DOCUMENT_VERSION = 1;
export const teamDocumentSchema = z.object({
  schemaVersion: z.literal(TEAM_DOCUMENT_VERSION),
  createdAt: timestampSchema,
});
export type TeamDocument = z.infer<typeof teamDocumentSchema>;
