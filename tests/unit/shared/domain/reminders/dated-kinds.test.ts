import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../../../../shared/domain/reminders/compute';
import type { KpiValue } from '../../../../../shared/model/kpis';
import { goal, training } from '../growth/fixtures';
import { makeAction, makeFeedback, makeRecognition } from '../../../helpers/records';
import { input, iso, local, only, personDoc } from './fixtures';
import { typedValue } from '../../../helpers/kpi-values';

const NOW = local('2026-11-18T09:00');
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('reminders about dates (they fall due at the digest time, "the morning")', () => {
  it('action_overdue: the morning after the due date, while the action is open', () => {
    const doc = personDoc({
      actionItems: [
        makeAction({ id: 'a-1', due: '2026-11-17' }),
        makeAction({ id: 'a-2', due: '2026-11-18', owner: 'lead', text: 'Send the rota' }),
        makeAction({ id: 'a-3', due: '2026-11-10', doneAt: '2026-11-10T10:00:00.000Z' }),
        makeAction({ id: 'a-4', due: null }),
      ],
    });
    const result = computeReminders(input([doc], only({ action_overdue: true })), NOW);
    expect(result.due).toMatchObject([
      {
        id: 'action_overdue:p-1:a-1:2026-11-18',
        title: 'Overdue: Update the refund macro',
        body: "Sam Lee's action, due 17 Nov 2026.",
        dueAt: iso('2026-11-18T08:30'),
        route: '/team/p-1',
      },
    ]);
    expect(result.upcoming).toMatchObject([
      {
        id: 'action_overdue:p-1:a-2:2026-11-19',
        body: 'Your action for Sam Lee, due 18 Nov 2026.',
        dueAt: iso('2026-11-19T08:30'),
      },
    ]);
  });

  it('the morning follows the digest time the lead set', () => {
    const settings = only({ action_overdue: true });
    settings.digest.time = '10:15';
    const doc = personDoc({ actionItems: [makeAction({ due: '2026-11-17' })] });
    expect(computeReminders(input([doc], settings), NOW).upcoming[0]?.dueAt).toBe(
      iso('2026-11-18T10:15'),
    );
  });

  it('follow_up_due: the morning of the follow-up date, until it is followed up', () => {
    const doc = personDoc({
      feedback: [
        makeFeedback({
          id: 'f-1',
          status: 'follow_up',
          deliveredOn: '2026-11-02',
          followUpOn: '2026-11-18',
        }),
        makeFeedback({
          id: 'f-2',
          status: 'follow_up',
          deliveredOn: '2026-11-02',
          followUpOn: '2026-11-20',
        }),
        makeFeedback({ id: 'f-3', status: 'delivered', deliveredOn: '2026-11-02' }),
      ],
    });
    const result = computeReminders(input([doc], only({ follow_up_due: true })), NOW);
    expect(result.due).toMatchObject([
      {
        id: 'follow_up_due:p-1:f-1:2026-11-18',
        title: 'Follow up with Sam Lee',
        dueAt: iso('2026-11-18T08:30'),
      },
    ]);
    expect(ids(result.upcoming)).toEqual(['follow_up_due:p-1:f-2:2026-11-20']);
  });

  it("recognition_gap: Today's nudge, on the morning the threshold is crossed, once per gap", () => {
    const long = personDoc({ recognitions: [makeRecognition({ date: '2026-11-01' })] });
    expect(computeReminders(input([long], only({ recognition_gap: true })), NOW).due).toMatchObject(
      [
        {
          id: 'recognition_gap:p-1:2026-11-15',
          title: 'Recognise Sam Lee',
          body: 'Nothing recognised since 1 Nov 2026: 14 days or more.',
          dueAt: iso('2026-11-15T08:30'),
        },
      ],
    );
    const recent = personDoc({ recognitions: [makeRecognition({ date: '2026-11-10' })] });
    const result = computeReminders(input([recent], only({ recognition_gap: true })), NOW);
    expect(result.due).toEqual([]);
    expect(result.upcoming).toMatchObject([
      { id: 'recognition_gap:p-1:2026-11-24', dueAt: iso('2026-11-24T08:30') },
    ]);
  });

  it('milestone_due and training_due: lead days before the due date, while not done', () => {
    const doc = personDoc({
      growth: {
        ...personDoc().growth,
        goals: [
          goal({
            milestones: [
              {
                id: 'm-1',
                text: 'Shadow tier 2',
                due: '2026-11-20',
                doneOn: null,
                doneInMeetingId: null,
              },
              {
                id: 'm-2',
                text: 'Run a session',
                due: '2026-11-21',
                doneOn: null,
                doneInMeetingId: null,
              },
              {
                id: 'm-3',
                text: 'Done already',
                due: '2026-11-19',
                doneOn: '2026-11-17',
                doneInMeetingId: null,
              },
            ],
          }),
        ],
        trainings: [
          training({ id: 't-1', dueOn: '2026-11-20' }),
          training({ id: 't-2', dueOn: '2026-11-15', status: 'completed' }),
        ],
      },
    });
    const result = computeReminders(
      input([doc], only({ milestone_due: true, training_due: 2 })),
      NOW,
    );
    expect(result.due).toMatchObject([
      {
        id: 'milestone_due:p-1:m-1:2026-11-20',
        title: 'Sam Lee: milestone is due 20 Nov 2026',
        body: 'Shadow tier 2 (Own the billing queue).',
        dueAt: iso('2026-11-18T08:30'),
      },
      { id: 'training_due:p-1:t-1:2026-11-20', title: 'Sam Lee: training is due 20 Nov 2026' },
    ]);
    expect(ids(result.upcoming)).toEqual(['milestone_due:p-1:m-2:2026-11-21']);
    const later = computeReminders(input([doc], only({ milestone_due: 1 })), NOW);
    expect(ids(later.due)).toEqual([]);
    expect(later.upcoming[0]?.dueAt).toBe(iso('2026-11-19T08:30'));
  });

  it('certification_expiring: lead days before it lapses, not once renewed', () => {
    const cert = (id: string, expiresOn: string) =>
      training({
        id,
        kind: 'certification',
        title: 'PCI',
        status: 'completed',
        completedOn: '2025-01-01',
        expiresOn,
      });
    const growth = (trainings: ReturnType<typeof training>[]) => ({
      ...personDoc().growth,
      trainings,
    });
    const soon = personDoc({ growth: growth([cert('c-1', '2026-12-18')]) });
    expect(
      computeReminders(input([soon], only({ certification_expiring: true })), NOW).due,
    ).toMatchObject([
      {
        id: 'certification_expiring:p-1:c-1:2026-12-18',
        title: 'Sam Lee: PCI expires 18 Dec 2026',
        dueAt: iso('2026-11-18T08:30'),
      },
    ]);
    const later = personDoc({ growth: growth([cert('c-1', '2026-12-22')]) });
    expect(
      computeReminders(input([later], only({ certification_expiring: true })), NOW).upcoming[0]
        ?.dueAt,
    ).toBe(iso('2026-11-22T08:30'));
    const renewed = personDoc({
      growth: growth([cert('c-1', '2026-12-18'), cert('c-2', '2028-12-18')]),
    });
    expect(
      computeReminders(input([renewed], only({ certification_expiring: true })), NOW).due,
    ).toEqual([]);
  });

  describe('kpi_due', () => {
    const value = (metricId: string, period: string) =>
      typedValue(metricId, period, 1, '2026-11-16T10:00:00.000Z');
    const data = (values: KpiValue[], createdAt = '2026-01-05T08:00:00.000Z') =>
      input([personDoc({ person: { createdAt }, kpis: { values } })], only({ kpi_due: true }));

    it('once per period: the morning after the last week or month ended without values', () => {
      const result = computeReminders(data([]), NOW);
      expect(result.due).toMatchObject([
        {
          id: 'kpi_due:2026-10',
          title: 'KPI values due for Oct 2026',
          dueAt: iso('2026-11-01T08:30'),
          route: '/kpis',
          personId: null,
        },
        {
          id: 'kpi_due:2026-W46',
          title: 'KPI values due for Week 46, 2026',
          dueAt: iso('2026-11-16T08:30'),
        },
      ]);
      expect(ids(result.upcoming)).toEqual(['kpi_due:2026-W47']);
    });

    it('goes when every active metric of the period has its values', () => {
      const weekly = input([], only({})).team.kpis.metrics.filter((m) => m.period === 'week');
      const result = computeReminders(data(weekly.map((m) => value(m.id, '2026-W46'))), NOW);
      expect(ids(result.due)).toEqual(['kpi_due:2026-10']);
    });

    it('leaves out people added after the period ended', () => {
      expect(ids(computeReminders(data([], '2026-11-17T08:00:00.000Z'), NOW).due)).toEqual([]);
    });
  });
});
