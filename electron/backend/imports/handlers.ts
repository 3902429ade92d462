import type { AreaHandlers, BackendContext } from '../context';
import { ImportReader } from './import-service';
import { ImportWriter } from './import-writer';
import { ImportSessions } from './sessions';

export function importsHandlers(ctx: BackendContext): AreaHandlers<'imports'> {
  const sessions = new ImportSessions(ctx.clock);
  const reader = new ImportReader(ctx, sessions);
  const writer = new ImportWriter(ctx, reader, ctx.peopleService);
  return {
    'imports:open': ({ fileName, text }) => sessions.open(fileName, text),
    'imports:preview': (input) => reader.preview(input),
    'imports:dryRun': (options) => reader.dryRun(options),
    'imports:run': (options) => writer.run(options),
    'imports:progress': ({ token }) => reader.progress(token),
    'imports:discard': ({ token }) => {
      reader.forget(token);
      return { discarded: true as const };
    },
    'imports:list': () => reader.list(),
    'imports:undo': ({ importId }) => writer.undo(importId),
  };
}
