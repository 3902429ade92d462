import { describe, expect, it } from 'vitest';
import { feedbackFieldsSchemaFor, normalizeStatus } from '../../../../shared/model/feedback';
import { fieldErrors } from '../../../../shared/model/validation';

const TODAY = '2026-11-18';
const sbi = {
  kind: 'constructive',
  date: '2026-11-16',
  situation: 'Stand-up',
  behaviour: 'Interrupted twice',
  impact: 'Ben stopped sharing',
};

function errors(input: object) {
  const result = feedbackFieldsSchemaFor(TODAY).safeParse({ ...sbi, ...input });
  return result.success ? {} : fieldErrors(result.error);
}

describe('feedback fields', () => {
  it('defaults to feedback still to deliver, without a link, a metric or next step', () => {
    expect(feedbackFieldsSchemaFor(TODAY).parse(sbi)).toEqual({
      ...sbi,
      nextStep: '',
      link: null,
      metricId: null,
      status: 'to_deliver',
      deliveredOn: null,
      deliveredInMeetingId: null,
      followUpOn: null,
    });
  });

  it('needs a delivery date once delivered, on or after the feedback and not in the future', () => {
    expect(errors({ status: 'delivered' })).toEqual({ deliveredOn: 'Say when you delivered it.' });
    expect(errors({ status: 'delivered', deliveredOn: '2026-11-15' })).toEqual({
      deliveredOn: 'Delivery cannot be before the feedback date.',
    });
    expect(errors({ status: 'delivered', deliveredOn: '2026-11-19' })).toEqual({
      deliveredOn: 'Use today or an earlier date.',
    });
    expect(errors({ status: 'delivered', deliveredOn: TODAY })).toEqual({});
  });

  it('needs a follow-up date on or after delivery, which may be in the future', () => {
    const delivered = { status: 'follow_up', deliveredOn: '2026-11-17' };
    expect(errors(delivered)).toEqual({ followUpOn: 'Pick a follow-up date.' });
    expect(errors({ ...delivered, followUpOn: '2026-11-16' })).toEqual({
      followUpOn: 'Follow up on or after the delivery date.',
    });
    expect(errors({ ...delivered, followUpOn: '2026-12-01' })).toEqual({});
  });

  it('drops delivery data that does not fit the status', () => {
    const stored = {
      date: '2026-11-16',
      status: 'to_deliver' as const,
      deliveredOn: '2026-11-17',
      deliveredInMeetingId: 'm-1',
      followUpOn: '2026-12-01',
    };
    expect(normalizeStatus(stored)).toMatchObject({
      deliveredOn: null,
      deliveredInMeetingId: null,
      followUpOn: null,
    });
    expect(normalizeStatus({ ...stored, status: 'delivered' })).toMatchObject({
      deliveredOn: '2026-11-17',
      deliveredInMeetingId: 'm-1',
      followUpOn: null,
    });
  });
});
