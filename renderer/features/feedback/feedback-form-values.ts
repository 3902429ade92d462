import {
  feedbackFieldsSchemaFor,
  type Feedback,
  type FeedbackFieldsInput,
  type FeedbackKind,
  type FeedbackLinkType,
  type FeedbackStatus,
} from '../../../shared/model/feedback';
import { fieldErrors } from '../../../shared/model/validation';

/** What the inputs hold: strings, with '' for "none". */
export interface FeedbackFormValues {
  kind: FeedbackKind;
  date: string;
  situation: string;
  behaviour: string;
  impact: string;
  nextStep: string;
  linkType: FeedbackLinkType | '';
  linkLabel: string;
  /** A defined KPI metric's id; '' for none. */
  metricId: string;
  status: FeedbackStatus;
  deliveredOn: string;
  deliveredInMeetingId: string;
  followUpOn: string;
}

export function blankFeedback(today: string): FeedbackFormValues {
  return {
    kind: 'positive',
    date: today,
    situation: '',
    behaviour: '',
    impact: '',
    nextStep: '',
    linkType: '',
    linkLabel: '',
    metricId: '',
    status: 'to_deliver',
    deliveredOn: '',
    deliveredInMeetingId: '',
    followUpOn: '',
  };
}

export function toFormValues(f: Feedback): FeedbackFormValues {
  return {
    kind: f.kind,
    date: f.date,
    situation: f.situation,
    behaviour: f.behaviour,
    impact: f.impact,
    nextStep: f.nextStep,
    linkType: f.link?.type ?? '',
    linkLabel: f.link?.label ?? '',
    metricId: f.metricId ?? '',
    status: f.status,
    deliveredOn: f.deliveredOn ?? '',
    deliveredInMeetingId: f.deliveredInMeetingId ?? '',
    followUpOn: f.followUpOn ?? '',
  };
}

const orNull = (value: string) => (value === '' ? null : value);

export function toFeedbackInput(v: FeedbackFormValues): FeedbackFieldsInput {
  const delivered = v.status !== 'to_deliver';
  return {
    kind: v.kind,
    date: v.date,
    situation: v.situation,
    behaviour: v.behaviour,
    impact: v.impact,
    nextStep: v.nextStep,
    link: v.linkType ? { type: v.linkType, label: v.linkLabel } : null,
    metricId: orNull(v.metricId),
    status: v.status,
    deliveredOn: delivered ? orNull(v.deliveredOn) : null,
    deliveredInMeetingId: delivered ? orNull(v.deliveredInMeetingId) : null,
    followUpOn: v.status === 'follow_up' ? orNull(v.followUpOn) : null,
  };
}

/** Field paths of the input (`link.label`) as the form names its inputs (`linkLabel`). */
export function toFormErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path === 'link.label' ? 'linkLabel' : path.startsWith('link') ? 'linkType' : path;
    errors[key] ??= message;
  }
  return errors;
}

export function validateFeedback(today: string) {
  const schema = feedbackFieldsSchemaFor(today);
  return (values: FeedbackFormValues) => {
    const result = schema.safeParse(toFeedbackInput(values));
    return result.success ? {} : toFormErrors(fieldErrors(result.error));
  };
}
