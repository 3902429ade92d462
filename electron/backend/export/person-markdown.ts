import { format } from 'date-fns';
import type { PersonDocument } from '../../../shared/model/documents';
import { SHARED_IN_LABELS } from '../../../shared/model/recognition';
import { describeCadenceText } from '../../../shared/domain/cadence-text';
import { growthMarkdown } from '../growth/growth-markdown';
import type { TeamKpis } from '../../../shared/model/kpis';
import { kpiMarkdown } from './kpi-markdown';
import { shiftHeadings } from '../../../shared/domain/markdown-headings';
import {
  displayLocalDate,
  fromLocalDateTime,
  timestampToLocalDate,
} from '../../../shared/domain/local-time';

const STATUS_LABELS = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
  missed: 'Missed',
} as const;

function feedbackStatus(f: PersonDocument['feedback'][number]): string {
  if (f.status === 'to_deliver') return 'to deliver';
  if (f.status === 'follow_up')
    return f.followUpOn ? `follow up on ${day(f.followUpOn)}` : 'follow up';
  const on = f.deliveredOn ? ` on ${day(f.deliveredOn)}` : '';
  return `delivered${on}${f.deliveredInMeetingId ? ' in a 1:1' : ''}`;
}

const day = displayLocalDate;
const dateTime = (local: string) => format(fromLocalDateTime(local), 'd MMM yyyy, HH:mm');

/**
 * A person's whole history as Markdown, oldest first. Private notes are left out unless the lead
 * asks for them: an export is often shared (a handover, a review).
 */
export function personToMarkdown(
  doc: PersonDocument,
  includePrivate: boolean,
  exportedAt: Date,
  teamKpis: Pick<TeamKpis, 'metrics' | 'imports'> = { metrics: [], imports: [] },
): string {
  const { person } = doc;
  const out: string[] = [`# ${person.name}`, ''];
  if (person.role) out.push(`**Role:** ${person.role}  `);
  if (person.email) out.push(`**Email:** ${person.email}  `);
  if (person.startDate) out.push(`**Start date:** ${day(person.startDate)}  `);
  out.push(`**1:1 cadence:** ${describeCadenceText(person.cadence)}  `);
  if (person.skills.length) out.push(`**Skills:** ${person.skills.join(', ')}  `);
  if (person.tags.length) out.push(`**Tags:** ${person.tags.join(', ')}  `);
  out.push(`**Status:** ${person.status === 'active' ? 'Active' : 'Archived'}`, '');
  if (person.note) out.push(person.note, '');

  // A 1:1 not held yet is in the export when it has something written in it: its notes, or its
  // private notes when those are asked for.
  const meetings = [...doc.meetings]
    .filter((m) => m.status !== 'planned' || m.notes || (includePrivate && m.privateNotes))
    .sort((a, b) => a.at.localeCompare(b.at));
  out.push('## 1:1s', '');
  if (!meetings.length) out.push('_No 1:1s recorded._', '');
  for (const m of meetings) {
    out.push(
      `### ${dateTime(m.at)} (${STATUS_LABELS[m.status]}${m.occurrence ? '' : ', ad hoc'})`,
      '',
    );
    if (m.statusReason) out.push(`_Reason:_ ${m.statusReason}`, '');
    if (m.mood)
      out.push(`**Mood:** ${m.mood.score}/5${m.mood.word ? ` (${m.mood.word})` : ''}`, '');
    const points = doc.talkingPoints.filter((p) => p.discussedIn.includes(m.id));
    if (points.length) {
      out.push('**Agenda:**', '');
      for (const p of points)
        out.push(`- [${p.resolvedInMeetingId === m.id ? 'x' : ' '}] ${p.text}`);
      out.push('');
    }
    // The lead's own headings go below this 1:1's `###`, so the export's outline stays whole.
    if (m.notes) out.push(shiftHeadings(m.notes, 3), '');
    if (includePrivate && m.privateNotes)
      out.push('**Private notes:**', '', shiftHeadings(m.privateNotes, 3), '');
  }

  out.push('## Action items', '');
  if (!doc.actionItems.length) out.push('_None._', '');
  for (const a of [...doc.actionItems].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    const owner = a.owner === 'lead' ? 'Lead' : person.name;
    const due = a.due ? `, due ${day(a.due)}` : '';
    const done = a.doneAt ? `, done ${day(timestampToLocalDate(a.doneAt))}` : '';
    out.push(`- [${a.doneAt ? 'x' : ' '}] ${a.text} (${owner}${due}${done})`);
  }
  out.push('');

  if (doc.feedback.length) {
    out.push('## Feedback', '');
    for (const f of [...doc.feedback].sort((x, y) => x.date.localeCompare(y.date))) {
      out.push(`### ${day(f.date)}: ${f.kind === 'positive' ? 'Positive' : 'Constructive'}`, '');
      if (f.situation) out.push(`- **Situation:** ${f.situation}`);
      if (f.behaviour) out.push(`- **Behaviour:** ${f.behaviour}`);
      if (f.impact) out.push(`- **Impact:** ${f.impact}`);
      if (f.nextStep) out.push(`- **Next step:** ${f.nextStep}`);
      if (f.link) out.push(`- **Linked to:** ${f.link.type} ${f.link.label}`);
      out.push(`- **Status:** ${feedbackStatus(f)}`);
      out.push('');
    }
  }
  if (doc.recognitions.length) {
    out.push('## Recognition', '');
    for (const r of [...doc.recognitions].sort((x, y) => x.date.localeCompare(y.date))) {
      const others = r.recipients.filter((p) => p.personId !== person.id).map((p) => p.name);
      const withOthers = others.length ? ` (with ${others.join(', ')})` : '';
      const value = r.value ? ` [${r.value}]` : '';
      out.push(
        `- ${day(r.date)}: ${r.text}${value}${withOthers}, ${SHARED_IN_LABELS[r.sharedIn].toLowerCase()}`,
      );
    }
    out.push('');
  }
  out.push(...growthMarkdown(doc.growth));
  out.push(...kpiMarkdown(doc.kpis.values, teamKpis));
  out.push(
    '---',
    `_Exported from Coachbook on ${format(exportedAt, 'd MMM yyyy, HH:mm')}${includePrivate ? ', including private notes' : ''}._`,
    '',
  );
  return out.join('\n');
}
