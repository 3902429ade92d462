import { useQuery } from '@tanstack/react-query';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

export function useQuestionBank() {
  return useQuery({ queryKey: queryKeys.questionBank, queryFn: () => api.questions.list() });
}

/** A change to the bank (team.json); the data:changed event refreshes it (lib/data-sync.ts). */
export function useBankMutation<I>(
  mutationFn: (input: I) => Promise<QuestionBankView>,
  options?: ActionOptions<I, QuestionBankView>,
) {
  return useAction(mutationFn, options);
}
