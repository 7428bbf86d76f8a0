import { useState } from 'react';
import type { z } from 'zod';
import { check, serverErrors, type FieldErrors } from '../account360/fieldErrors';
import { changedFields } from './changes';
import { useTeamWrite, type TeamWrite } from './queries';

/** A kind of record the team editors make and change: its three writes and two schemas. */
export interface RecordKind {
  readonly create: TeamWrite;
  readonly update: TeamWrite;
  readonly archive: TeamWrite;
  readonly createSchema: z.ZodType;
  readonly updateSchema: z.ZodType;
}

type Stored = { readonly id: string; readonly archived: boolean };
export type EditorOutcome = 'saved' | 'archived' | 'restored';

/**
 * One editor dialog's state: the values as typed, what the shared schema or the core
 * said about them by field, and saving (a new record whole, a stored one's changes only)
 * or archiving through the one write path.
 */
export function useRecordEditor<V extends Record<string, unknown>>(
  kind: RecordKind,
  stored: Stored | null,
  initial: V,
  done: (message: EditorOutcome) => void,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useTeamWrite(kind.create);
  const update = useTeamWrite(kind.update);
  const archive = useTeamWrite(kind.archive);
  const write = (mutation: typeof create, input: unknown, message: EditorOutcome) =>
    mutation.mutate(input as never, {
      onSuccess: () => done(message),
      onError: (error) => setErrors(serverErrors(error)),
    });

  const changes = stored ? changedFields(stored as Record<string, unknown>, values) : values;
  return {
    values,
    errors,
    dirty: Object.keys(stored ? changes : changedFields(initial, values)).length > 0,
    pending: create.isPending || update.isPending || archive.isPending,
    set: <K extends keyof V>(field: K, value: V[K]) => {
      setValues((all) => ({ ...all, [field]: value }));
      // what was said about the field, or any of its entries, no longer holds
      setErrors((all) =>
        Object.fromEntries(
          Object.entries(all).filter(
            ([key]) => key !== field && !key.startsWith(`${String(field)}.`),
          ),
        ),
      );
    },
    submit: () => {
      if (stored && Object.keys(changes).length === 0) return done('saved');
      const input = stored ? { id: stored.id, patch: changes } : values;
      const parsed = check(stored ? kind.updateSchema : kind.createSchema, input);
      if (!parsed.ok) return setErrors(parsed.errors);
      write(stored ? update : create, parsed.value, 'saved');
    },
    toggleArchived: () => {
      if (!stored) return;
      write(
        archive,
        { id: stored.id, archived: !stored.archived },
        stored.archived ? 'restored' : 'archived',
      );
    },
  };
}
