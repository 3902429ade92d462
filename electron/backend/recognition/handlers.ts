import type { AreaHandlers, BackendContext } from '../context';
import { RecognitionService } from './recognition-service';

export function recognitionHandlers(ctx: BackendContext): AreaHandlers<'recognition'> {
  const recognition = new RecognitionService(ctx);
  return {
    'recognition:create': (input) => recognition.create(input),
    'recognition:remove': ({ id }) => recognition.remove(id),
    'recognition:forPerson': ({ personId }) => recognition.forPerson(personId),
    'recognition:feed': (filter) => recognition.feed(filter),
    'recognition:balance': () => recognition.balance(),
    'recognition:preferences': () => recognition.preferences(),
    'recognition:setGapDays': ({ days }) => recognition.setGapDays(days),
    'recognition:setShortcut': ({ accelerator }) => recognition.setShortcut(accelerator),
    'recognition:openCaptureWindow': () => recognition.openCaptureWindow(),
  };
}
