import type { GoalStatus } from '../../../shared/model/growth';

export const GOAL_BADGE: Record<GoalStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'blue' },
  in_progress: { label: 'In progress', color: 'violet' },
  achieved: { label: 'Achieved', color: 'teal' },
  dropped: { label: 'Dropped', color: 'gray' },
};
