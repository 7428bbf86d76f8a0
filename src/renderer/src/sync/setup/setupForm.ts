import { z } from 'zod';
import { SyncTargetInput, type SyncStatus } from '../../../../shared/domain/sync';

/** What the setup screen holds: one field per thing a person types. */
export interface SetupValues {
  kind: 'folder' | 'http';
  folder: string;
  url: string;
  token: string;
  auto: boolean;
}

export type SetupField = keyof SetupValues;
export type SyncTargetValues = z.output<typeof SyncTargetInput>;

/** Messages in the user's language for what the shared schema cannot know. */
export interface SetupMessages {
  folderRequired: string;
  urlRequired: string;
  tokenRequired: string;
}

/** The field a person typed for each field of `SyncTargetInput`. */
export function fieldOf(inputField: string, kind: SetupValues['kind']): SetupField {
  if (inputField === 'spec') return kind === 'folder' ? 'folder' : 'url';
  return inputField === 'token' ? 'token' : 'auto';
}

/** A folder may be typed with or without the `folder:` the spec carries. */
function specOf(values: SetupValues): string {
  if (values.kind === 'http') return values.url.trim();
  return `folder:${values.folder.trim().replace(/^folder:/, '')}`;
}

/**
 * The form's schema: the same `SyncTargetInput` the core checks, with each of its
 * messages moved to the field the person typed; an empty field and a server without a
 * token are named in the user's language first. `tokenKeptFor` is the server whose
 * token the book keeps already: only for that one may the token be left empty.
 */
export function setupSchema(messages: SetupMessages, tokenKeptFor: string | null) {
  return z
    .object({
      kind: z.enum(['folder', 'http']),
      folder: z.string(),
      url: z.string(),
      token: z.string(),
      auto: z.boolean(),
    })
    .transform((values, ctx): SyncTargetValues => {
      const issue = (field: SetupField, message: string) =>
        ctx.addIssue({ code: 'custom', path: [field], message });
      if (values.kind === 'folder' && values.folder.trim() === '') {
        issue('folder', messages.folderRequired);
        return z.NEVER;
      }
      if (values.kind === 'http' && values.url.trim() === '') {
        issue('url', messages.urlRequired);
        return z.NEVER;
      }
      const token = values.kind === 'http' && values.token.trim() ? values.token.trim() : null;
      const parsed = SyncTargetInput.safeParse({ spec: specOf(values), token, auto: values.auto });
      if (!parsed.success) {
        for (const found of parsed.error.issues) {
          issue(fieldOf(String(found.path[0] ?? 'spec'), values.kind), found.message);
        }
        return z.NEVER;
      }
      if (values.kind === 'http' && !token && parsed.data.spec !== tokenKeptFor) {
        issue('token', messages.tokenRequired);
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** The form as it opens: the target this book syncs with now, or an empty folder. */
export function initialValues(target: SyncStatus['target']): SetupValues {
  if (!target) return { kind: 'folder', folder: '', url: '', token: '', auto: true };
  const folder = target.kind === 'folder' ? target.spec.replace(/^folder:/, '') : '';
  const url = target.kind === 'http' ? target.spec : '';
  return { kind: target.kind, folder, url, token: '', auto: target.auto };
}
