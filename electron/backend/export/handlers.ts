import { format } from 'date-fns';
import { personExportFileName } from '../../../shared/domain/file-names';
import { toLocalDate } from '../../../shared/domain/local-time';
import { kpiCsvFileName, kpiValuesCsv } from '../../../shared/domain/kpis/csv-export';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';
import { personToMarkdown } from './person-markdown';

export function exportHandlers(ctx: BackendContext): AreaHandlers<'export'> {
  return {
    'export:personMarkdown': ({ personId, includePrivate }) => {
      const data = requirePerson(ctx.people, personId).data;
      const now = ctx.clock();
      return {
        fileName: personExportFileName(data.person.name, toLocalDate(now)),
        content: personToMarkdown(data, includePrivate, now, ctx.team.data.kpis),
      };
    },
    'export:kpisCsv': ({ personId }) => {
      const docs = personId ? [requirePerson(ctx.people, personId).data] : ctx.people.all();
      const { metrics, imports } = ctx.team.data.kpis;
      const people = docs.map((d) => ({
        name: d.person.name,
        email: d.person.email,
        values: d.kpis.values,
      }));
      const name = personId ? docs[0]!.person.name : null;
      return {
        fileName: kpiCsvFileName(name, format(ctx.clock(), 'yyyy-MM-dd')),
        content: kpiValuesCsv(people, metrics, imports),
      };
    },
  };
}
