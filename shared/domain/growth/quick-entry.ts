import type { TrainingKind } from '../../model/growth';

export interface QuickTraining {
  kind: TrainingKind;
  title: string;
  hoursSpent: number;
}

const KIND_WORDS: [RegExp, TrainingKind][] = [
  [/\bshadow/i, 'shadowing'],
  [/\bcertif/i, 'certification'],
  [/\bworkshop/i, 'workshop'],
  [/\bmentor/i, 'mentoring'],
  [/\b(course|class|module|lesson)/i, 'course'],
  [/\b(read|book|article)/i, 'reading'],
];

const HOURS = /\s*\b(?:for\s+)?(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?)\b\.?/i;
const MINUTES = /\s*\b(?:for\s+)?(\d+)\s*(m|mins?|minutes?)\b\.?/i;

/**
 * Reads a one-line training note such as "shadowed Tier 2 for 3 hours" or "API course 90 min":
 * the kind from its words (on the job when none fits), the hours or minutes, and the rest as
 * the title. Answers null when nothing is left to name it.
 */
export function parseQuickTraining(text: string): QuickTraining | null {
  let rest = text.trim();
  let hoursSpent = 0;
  const hours = HOURS.exec(rest);
  if (hours) {
    hoursSpent = Number(hours[1]!.replace(',', '.'));
    rest = rest.replace(HOURS, '');
  } else {
    const minutes = MINUTES.exec(rest);
    if (minutes) {
      hoursSpent = Math.round((Number(minutes[1]) / 60) * 100) / 100;
      rest = rest.replace(MINUTES, '');
    }
  }
  rest = rest
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.-]+$/, '')
    .trim();
  if (!rest) return null;
  const kind = KIND_WORDS.find(([pattern]) => pattern.test(rest))?.[1] ?? 'on_the_job';
  return { kind, title: rest.charAt(0).toUpperCase() + rest.slice(1), hoursSpent };
}
