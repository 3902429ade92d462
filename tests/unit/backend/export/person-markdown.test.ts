import { describe, expect, it } from 'vitest';
import { personToMarkdown } from '../../../../electron/backend/export/person-markdown';
import { personDocument } from '../../helpers/store';
import {
  heldOn,
  makeAction,
  makeFeedback,
  makeMeeting,
  makeRecognition,
} from '../../helpers/records';

const exportedAt = new Date('2026-11-18T09:00:00');

describe('personToMarkdown', () => {
  it('writes each feedback with its SBI parts, link and status', () => {
    const doc = personDocument({ name: 'Sam Lee' });
    doc.feedback = [
      makeFeedback({
        id: 'f-1',
        status: 'to_deliver',
        situation: 'Queue review',
        link: { type: 'skill', label: 'Refunds' },
      }),
      makeFeedback({
        id: 'f-2',
        status: 'delivered',
        deliveredOn: '2026-11-10',
        deliveredInMeetingId: 'm-1',
      }),
    ];
    const markdown = personToMarkdown(doc, false, exportedAt);
    expect(markdown).toContain('- **Situation:** Queue review');
    expect(markdown).toContain('- **Linked to:** skill Refunds');
    expect(markdown).toContain('- **Status:** to deliver');
    expect(markdown).toContain('- **Status:** delivered on 10 Nov 2026 in a 1:1');
  });

  it('keeps private notes out unless asked and names the others in a team recognition', () => {
    const doc = personDocument({ id: 'p-1', name: 'Sam Lee' });
    doc.meetings = [
      { ...heldOn('m-1', '2026-11-10', 4), notes: 'Shared words', privateNotes: 'Secret words' },
    ];
    doc.recognitions = [
      makeRecognition({
        recipients: [
          { personId: 'p-1', name: 'Sam Lee' },
          { personId: 'p-2', name: 'Ana Ruiz' },
        ],
      }),
    ];
    const plain = personToMarkdown(doc, false, exportedAt);
    expect(plain).toContain('Shared words');
    expect(plain).not.toContain('Secret words');
    expect(plain).toContain('(with Ana Ruiz)');
    expect(personToMarkdown(doc, true, exportedAt)).toContain('Secret words');
  });

  it('exports the private notes of a 1:1 not held yet when asked, and only then', () => {
    const doc = personDocument({ name: 'Sam Lee' });
    doc.meetings = [
      makeMeeting({ id: 'm-2', at: '2026-11-24T10:00', privateNotes: 'Ask about the move' }),
      makeMeeting({ id: 'm-3', occurrence: '2026-12-01', at: '2026-12-01T10:00' }),
    ];
    const withPrivate = personToMarkdown(doc, true, exportedAt);
    expect(withPrivate).toContain('### 24 Nov 2026, 10:00 (Planned)');
    expect(withPrivate).toContain('**Private notes:**\n\nAsk about the move');
    // An empty planned 1:1 is still left out.
    expect(withPrivate).not.toContain('1 Dec 2026');

    const plain = personToMarkdown(doc, false, exportedAt);
    expect(plain).not.toContain('Ask about the move');
    expect(plain).not.toContain('24 Nov 2026');
    expect(plain).toContain('_No 1:1s recorded._');
  });

  it.each(['00:30', '23:30'])('dates an action done at %s local time by its local day', (time) => {
    const doc = personDocument({ name: 'Sam Lee' });
    doc.actionItems = [
      makeAction({ due: '2026-11-17', doneAt: new Date(`2026-11-17T${time}:00`).toISOString() }),
    ];
    expect(personToMarkdown(doc, false, exportedAt)).toContain(
      '(Sam Lee, due 17 Nov 2026, done 17 Nov 2026)',
    );
  });
});
