import { interactionsTable, type Interaction } from '../../../shared/domain/interaction';
import { accountsTable } from '../../../shared/domain/account';
import { InteractionKind } from '../../../shared/domain/enums';
import type { ParsedInputOf } from '../../../shared/api';
import type { TimelinePage } from '../../../shared/domain/overview';
import type { Core } from '../../core/core';
import { requireReference, withLinks } from '../../core/records';
import { idBytes, mappingOf } from '../../db/codec';
import { RapportError } from '../../../shared/errors';

type Values = Record<string, unknown>;
const LIVE = 'account_id = :account AND deleted = 0 AND archived = 0';

/**
 * A page of an account's interactions, newest first, for "load more" on the timeline.
 * Keyed on (occurred_at, id), which is the order of the `interactions_account` index,
 * so a page deep in a long history costs what the first one does.
 */
export function listTimeline(
  core: Core,
  { accountId, kind, contactId, before, limit }: ParsedInputOf<'listTimeline'>,
): TimelinePage {
  requireReference(core, accountsTable, 'accountId', accountId);
  if (contactId) requireContactAt(core, accountId, contactId);
  const where = [
    LIVE,
    kind ? 'kind = :kind' : '',
    contactId
      ? 'id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id = :contact)'
      : '',
    before ? '(occurred_at, id) < (:at, :id)' : '',
  ].filter(Boolean);
  const params: Values = { account: idBytes(accountId), limit: limit + 1 };
  if (kind) params.kind = kind;
  if (contactId) params.contact = idBytes(contactId);
  if (before) Object.assign(params, { at: Date.parse(before.occurredAt), id: idBytes(before.id) });
  const rows = core
    .statement(
      `SELECT ${mappingOf(interactionsTable).select} FROM interactions
       WHERE ${where.join(' AND ')} ORDER BY occurred_at DESC, id DESC LIMIT :limit`,
    )
    .all(params) as Values[];
  // One row past the page tells whether there is a next page, without a count.
  const more = rows.length > limit;
  const interactions = withLinks<Interaction>(core, interactionsTable, rows.slice(0, limit));
  const last = interactions[interactions.length - 1];
  return {
    interactions,
    next: more && last ? { occurredAt: last.occurredAt, id: last.id } : null,
  };
}

/** The contact filter must name a live contact of this account. */
function requireContactAt(core: Core, accountId: string, contactId: string): void {
  const row = core
    .statement('SELECT account_id AS accountId FROM contacts WHERE id = ? AND deleted = 0')
    .get(idBytes(contactId)) as { accountId: Buffer } | undefined;
  if (!row) throw RapportError.validation('contactId', `Contact ${contactId} does not exist`);
  if (!row.accountId.equals(idBytes(accountId))) {
    throw RapportError.validation(
      'contactId',
      `Contact ${contactId} works at another account; only this account's timeline can be filtered by them`,
    );
  }
}

/** How many live interactions the account has of each kind, every kind named. */
export function interactionCounts(core: Core, accountId: string) {
  const rows = core
    .statement(`SELECT kind, count(*) AS n FROM interactions WHERE ${LIVE} GROUP BY kind`)
    .all({ account: idBytes(accountId) }) as { kind: InteractionKind; n: number }[];
  const byKind = Object.fromEntries(InteractionKind.options.map((k) => [k, 0])) as Record<
    InteractionKind,
    number
  >;
  for (const r of rows) byKind[r.kind] = r.n;
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byKind };
}
