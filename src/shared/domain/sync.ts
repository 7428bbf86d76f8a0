import { z } from 'zod';
import { id } from './fields';
import { messages } from './messages';

/** Where a book syncs: `folder:/path` or a server URL (http:// or https://). */
export const AdapterSpec = z
  .string({ message: messages.syncTarget({}) })
  .trim()
  .min(1, { message: messages.syncTarget({}) })
  .max(2000, { message: messages.syncTargetTooLong({}) })
  .refine((s) => /^folder:.+/.test(s) || /^https?:\/\/[^\s/]+/.test(s), {
    message: messages.syncTargetForm({}),
  });

export const SyncTargetInput = z.object({
  spec: AdapterSpec,
  /** The device token the server's admin gave you; required for a server. */
  token: z
    .string()
    .trim()
    .max(200, { message: messages.tokenTooLong({}) })
    .nullable()
    .default(null),
  auto: z.boolean().default(true),
});

export const SyncTarget = z.object({
  spec: z.string(),
  kind: z.enum(['folder', 'http']),
  /** A token is kept (its value is never sent back). */
  hasToken: z.boolean(),
  /** Kept sealed by the operating system (Electron's safeStorage), not in the book. */
  tokenSealed: z.boolean(),
  auto: z.boolean(),
});

export const SyncStatus = z.object({
  target: SyncTarget.nullable(),
  lastSyncAt: z.iso.datetime().nullable(),
  /** Changes made here that have not gone up yet. */
  waiting: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
  /** Changes received that wait for a row they need. */
  held: z.number().int(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

const Side = z.object({
  value: z.json(),
  at: z.iso.datetime(),
  /** The team member whose device made it, when known. */
  by: z.string().nullable(),
});

export const SyncConflict = z.object({
  id: z.number().int(),
  table: z.string(),
  /** What the row is: "Account", "Contact", … */
  what: z.string(),
  rowId: id,
  /** The row's name or title, for the list. */
  rowName: z.string(),
  accountId: id.nullable(),
  accountName: z.string().nullable(),
  field: z.string(),
  mine: Side,
  theirs: Side,
  /** Whether a merged value may be typed (text fields). */
  text: z.boolean(),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

export const ConflictChoice = z.discriminatedUnion('choice', [
  z.object({ id: z.number().int(), choice: z.literal('mine') }),
  z.object({ id: z.number().int(), choice: z.literal('theirs') }),
  z.object({
    id: z.number().int(),
    choice: z.literal('merged'),
    value: z.string().max(20_000, { message: messages.mergedTooLong({}) }),
  }),
]);
export type ConflictChoice = z.infer<typeof ConflictChoice>;

export const RejectedChange = z.object({
  id: z.number().int(),
  table: z.string(),
  what: z.string(),
  rowId: id,
  rowName: z.string(),
  field: z.string(),
  value: z.json(),
  reason: z.string(),
  rejectedAt: z.iso.datetime(),
  /** Waiting to be sent again at the next sync. */
  retrying: z.boolean(),
});
export type RejectedChange = z.infer<typeof RejectedChange>;

export const RejectedInput = z.object({ id: z.number().int() });
