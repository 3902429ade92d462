import { describe, expect, it } from 'vitest';
import { personToMarkdown } from '../../../../electron/backend/export/person-markdown';
import { personDocument } from '../../helpers/store';
import { heldOn, makeFeedback, makeRecognition } from '../../helpers/records';

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
});
