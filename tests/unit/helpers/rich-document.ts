import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepFreeze } from '../../../electron/backend/storage/draft';
import { personDocumentSchema, type PersonDocument } from '../../../shared/model/documents';
import {
  heldOn,
  makeAction,
  makeFeedback,
  makeMeeting,
  makePoint,
  makeRecognition,
} from './records';
import { personDocument } from './store';

const FIXTURE = join(
  import.meta.dirname,
  '../backend/fixtures/migrations/person-v4-to-v5.expected.json',
);

/** A person with a few entries in every list, validated and frozen as the store holds it. */
export function richDocument(): PersonDocument {
  const { growth } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as PersonDocument;
  const doc: PersonDocument = {
    ...personDocument(),
    schedule: {
      exceptions: [{ occurrence: '2026-11-24', kind: 'skip', movedTo: null, reason: 'Away' }],
      pastCadences: [],
    },
    meetings: [heldOn('m-1', '2026-11-03', 4), heldOn('m-2', '2026-11-10'), makeMeeting()],
    talkingPoints: [makePoint(), makePoint({ id: 'tp-2', order: 2, text: 'Rota' })],
    actionItems: [makeAction(), makeAction({ id: 'a-2', due: '2026-11-30' })],
    feedback: [makeFeedback(), makeFeedback({ id: 'f-2', kind: 'constructive' })],
    recognitions: [makeRecognition(), makeRecognition({ id: 'r-2', value: null })],
    growth,
  };
  return deepFreeze(personDocumentSchema.parse(doc));
}
