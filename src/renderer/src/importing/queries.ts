import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { RapportError } from '../../../shared/errors';
import type { UndoImportResult } from '../../../shared/imports';
import { api, jobs } from '../api/client';
import { keys } from '../api/keys';
import { asError, watchJob } from '../api/watchJob';
import { useLanguageStore } from '../i18n/languageStore';

export const importKeys = {
  all: ['imports'] as const,
  recent: (language: string) => ['imports', 'recent', language] as const,
};

/** The book's latest imports, each with why the core would refuse its undo now (or null). */
export function useRecentImports() {
  const language = useLanguageStore((s) => s.language);
  return useQuery({
    queryKey: importKeys.recent(language),
    queryFn: () => api.recentImports({ language }),
  });
}

/** What an import or its undo changes: the account lists, search, and the recent imports. */
export const refreshAfterImport = (queries: QueryClient) =>
  Promise.all([
    queries.invalidateQueries({ queryKey: keys.accounts }),
    queries.invalidateQueries({ queryKey: keys.searchAll }),
    queries.invalidateQueries({ queryKey: importKeys.all }),
  ]);

export type UndoRun =
  | { state: 'idle' }
  | { state: 'running'; id: string }
  | { state: 'done'; id: string; result: UndoImportResult }
  | { state: 'failed'; id: string; error: RapportError };

/** Undoes an import as an `undoImport` job; the lists that show what it touched are asked again. */
export function useUndoImport() {
  const language = useLanguageStore((s) => s.language);
  const queries = useQueryClient();
  const [undo, setUndo] = useState<UndoRun>({ state: 'idle' });
  const start = useCallback(
    async (id: string) => {
      setUndo({ state: 'running', id });
      try {
        const job = await jobs.start('undoImport', { id, language });
        const end = await watchJob<UndoImportResult>(job.id, () => undefined);
        if (end.type === 'done') setUndo({ state: 'done', id, result: end.result });
        else if (end.type === 'failed') setUndo({ state: 'failed', id, error: end.error });
        else setUndo({ state: 'idle' });
      } catch (failure) {
        setUndo({ state: 'failed', id, error: asError(failure) });
      }
      await refreshAfterImport(queries);
    },
    [language, queries],
  );
  return { undo, start };
}
