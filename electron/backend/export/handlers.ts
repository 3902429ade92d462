import { format } from 'date-fns';
import { personExportFileName } from '../../../shared/domain/file-names';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';
import { personToMarkdown } from './person-markdown';

export function exportHandlers(ctx: BackendContext): AreaHandlers<'export'> {
  return {
    'export:personMarkdown': ({ personId, includePrivate }) => {
      const data = requirePerson(ctx.people, personId).data;
      const now = ctx.clock();
      return {
        fileName: personExportFileName(data.person.name, format(now, 'yyyy-MM-dd')),
        content: personToMarkdown(data, includePrivate, now),
      };
    },
  };
}
