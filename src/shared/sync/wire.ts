import { z } from 'zod';

/**
 * The sync wire format (DESIGN §3), shared by the engine, both adapters and the
 * server: one change is one write a person made to one row, in API form. A change is
 * identified by its author's node and the author's log sequence number, so a batch
 * sent twice is recognised and applied once.
 */
export const NODE_ID = /^[0-9a-f]{16}$/;
export const nodeId = z.string().regex(NODE_ID, { message: 'node must be 16 hexadecimal digits' });

const uuid = z.uuid({ message: 'row must be a valid id' });

/** Largest batch a push or a pull page carries. */
export const MAX_BATCH = 5000;

export const fieldName = z.string().min(1).max(64);

/**
 * One write to one row: the fields a person set together, at one clock. On the
 * author's device they are consecutive entries of its change log, one per field,
 * starting at `seq`.
 */
export const wireChange = z.object({
  /** The device that made the change. */
  node: nodeId,
  /** Its place in that device's log (the first field's): (node, seq) is the change's id. */
  seq: z.number().int().positive({ message: 'seq must be a positive whole number' }),
  /** Hybrid logical clock (src/shared/hlc.ts): the merge orders by (hlc, node). */
  hlc: z.number().int().nonnegative({ message: 'hlc must be a clock value' }),
  table: z.string().min(1).max(64),
  row: uuid,
  /** The fields set, in API form (the contract's names and JSON values). */
  values: z.record(fieldName, z.json()),
  /**
   * For each field that replaced an earlier value, that value's clock as a stamp
   * (`formatStamp`); null for a new row. A receiver whose own value has another clock
   * knows the author never saw it: that is a conflict, not an overwrite.
   */
  bases: z.record(fieldName, z.string().max(64)).nullable(),
});
export type WireChange = z.infer<typeof wireChange>;

export const pushRequest = z.object({
  node: nodeId,
  /** The team member the device runs as, when it has a profile. */
  member: z.uuid().nullable(),
  changes: z.array(wireChange).max(MAX_BATCH, { message: `At most ${MAX_BATCH} changes a batch` }),
});
export type PushRequest = z.infer<typeof pushRequest>;

/**
 * The team's value of a field as the server holds it, and the clock that set it (a
 * stamp; null when the field was never set apart from its row, whose clock it has).
 */
export const teamValue = z.object({ value: z.json(), stamp: z.string().max(64).nullable() });
export type TeamValue = z.infer<typeof teamValue>;

/**
 * A change the receiver refused, named by its (first) seq, with the reason in the user's
 * words. `team` is what the server holds instead: each refused field's value and clock,
 * or null when it has no such row (a refused new row). A laptop puts it back when the
 * person discards the refusal. Absent when the receiver cannot tell (a folder).
 */
export const rejection = z.object({
  seq: z.number().int().positive(),
  reason: z.string(),
  team: z.record(fieldName, teamValue).nullable().optional(),
});
export type Rejection = z.infer<typeof rejection>;

export const pushAck = z.object({
  /** How many changes of the batch are now stored (a retried batch counts them again). */
  accepted: z.number().int().nonnegative(),
  rejected: z.array(rejection),
});
export type PushAck = z.infer<typeof pushAck>;

export const pullRequest = z.object({
  node: nodeId,
  /** Opaque: null for the first pull; otherwise the last page's cursor. */
  cursor: z.string().max(100_000).nullable(),
  limit: z.number().int().min(1).max(MAX_BATCH),
});
export type PullRequest = z.infer<typeof pullRequest>;

export const pullPage = z.object({
  changes: z.array(wireChange),
  /** Where the next pull starts; saved with the applied page in one transaction. */
  cursor: z.string(),
  /** More is waiting: pull again at once. */
  more: z.boolean(),
  /**
   * Accounts that left this device's scope (a reassignment): the device removes them
   * and what belongs to them, once its own pending edits to them went up.
   */
  purge: z.array(z.uuid()),
  /** Who each node that authored a change on this page runs as (its team member). */
  authors: z.record(z.string(), z.uuid().nullable()),
  /**
   * The team member the server knows the pulling device as (absent from a folder): a
   * new, empty book takes it as its profile once the team has arrived.
   */
  member: z.uuid().nullable().optional(),
});
export type PullPage = z.infer<typeof pullPage>;

/**
 * A pulled page as a client checks it: everything but the values, which the merge checks
 * against each field's own schema anyway; checking every value as JSON first cost more
 * than applying the page.
 */
export const pulledPage = pullPage.extend({
  changes: z.array(wireChange.extend({ values: z.record(fieldName, z.unknown()) })),
});
