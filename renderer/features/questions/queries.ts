import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { api } from '../../lib/api';

export const questionsKey = ['questions'] as const;

export function useQuestionBank() {
  return useQuery({ queryKey: questionsKey, queryFn: () => api.questions.list() });
}

/** Every bank change answers with the whole bank, which becomes the cached value. */
export function useBankMutation<I>(mutationFn: (input: I) => Promise<QuestionBankView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (bank) => client.setQueryData(questionsKey, bank) });
}
