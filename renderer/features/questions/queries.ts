import { useMutation, useQuery } from '@tanstack/react-query';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';

export function useQuestionBank() {
  return useQuery({ queryKey: queryKeys.questionBank, queryFn: () => api.questions.list() });
}

/** A change to the bank (team.json); the data:changed event refreshes it (lib/data-sync.ts). */
export function useBankMutation<I>(mutationFn: (input: I) => Promise<QuestionBankView>) {
  return useMutation({ mutationFn });
}
