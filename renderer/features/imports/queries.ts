import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function usePastImports() {
  return useQuery({ queryKey: queryKeys.kpiImports, queryFn: () => api.imports.list() });
}

/** Reads the picked file in the renderer and hands its text to the backend once. */
export function useOpenFile() {
  return useAction(async (file: File) =>
    api.imports.open({ fileName: file.name, text: await file.text() }),
  );
}

type PreviewInput = ChannelInput<'imports:preview'>;

export function usePreview() {
  return useAction((input: PreviewInput) => api.imports.preview(input));
}

type Options = ChannelInput<'imports:dryRun'>;

export function useDryRun(options?: ActionOptions<Options, unknown>) {
  return useAction((input: Options) => api.imports.dryRun(input), options);
}

export function useRunImport() {
  return useAction((input: Options) => api.imports.run(input), {
    done: (record) => `Imported ${record.counts.added + record.counts.replaced} values.`,
  });
}

export function useUndoImport() {
  return useAction((importId: string) => api.imports.undo({ importId }), {
    done: ({ removed, restored }) =>
      `Import undone: ${removed} values removed, ${restored} earlier values restored.`,
  });
}

/** The import's progress, asked for every 200 ms while `token` is being read or written. */
export function useImportProgress(token: string | null) {
  return useQuery({
    queryKey: ['app', 'import-progress', token] as const,
    queryFn: () => api.imports.progress({ token: token! }),
    enabled: token !== null,
    refetchInterval: 200,
    gcTime: 0,
  });
}
