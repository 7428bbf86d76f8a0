import type { Channel } from '../../../shared/domain/enums';
import type { AgendaContact, AgendaItem } from '../../../shared/domain/week';
import type { Core } from '../../core/core';
import { dayNumber, idBytes, idText } from '../../db/codec';

/** A contact as the agenda shows it, with what decides whether to propose reaching them. */
export interface Reachable {
  contact: AgendaContact;
  preferredChannel: Channel | null;
  doNotContact: boolean;
}

export interface BookAccount {
  id: string;
  name: string;
  country: string | null;
  /** Live contacts, by name. */
  contacts: Reachable[];
}

/** The days an agenda covers, ISO dates, both included. */
export interface Window {
  from: string;
  to: string;
}

/**
 * The live accounts a member covers on any day of the window, as a subquery over the
 * named parameters of `coverageOf`: an account handed to them on Wednesday is theirs
 * to greet on Thursday.
 */
export const COVERED = `SELECT s.account_id FROM assignments s JOIN accounts a ON a.id = s.account_id
  WHERE s.member_id = :member AND s.deleted = 0 AND s.valid_from <= :to
    AND (s.valid_to IS NULL OR s.valid_to >= :from) AND a.deleted = 0 AND a.archived = 0`;

// A type, not an interface: it is passed where SQL parameters (a record) go.
export type Coverage = {
  member: Buffer;
  from: number;
  to: number;
};

export const coverageOf = (memberId: string, window: Window): Coverage => ({
  member: idBytes(memberId),
  from: dayNumber(window.from),
  to: dayNumber(window.to),
});

interface ContactRow {
  id: Buffer;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  preferredChannel: Channel | null;
  doNotContact: number;
}

const CONTACT_COLUMNS = `id, name, title, email, phone, mobile,
  preferred_channel AS preferredChannel, do_not_contact AS doNotContact`;

/**
 * Accounts by id with their live contacts: the covered ones read in two statements
 * however many there are, any other (a follow-up logged elsewhere) when first named.
 */
export class AgendaBook {
  private readonly accounts = new Map<string, BookAccount | null>();
  /** The accounts loaded with `cover`, in no particular order. */
  readonly covered: string[] = [];

  constructor(private readonly core: Core) {}

  /** Reads every account the member covers in the window, and their contacts. */
  cover(coverage: Coverage): this {
    const rows = this.core
      .statement(`SELECT id, name, country FROM accounts WHERE id IN (${COVERED})`)
      .all(coverage) as { id: Buffer; name: string; country: string | null }[];
    for (const r of rows) {
      const id = idText(r.id);
      this.accounts.set(id, { id, name: r.name, country: r.country, contacts: [] });
      this.covered.push(id);
    }
    const contacts = this.core
      .statement(
        `SELECT account_id AS accountId, ${CONTACT_COLUMNS} FROM contacts
         WHERE account_id IN (${COVERED}) AND deleted = 0 AND archived = 0 ORDER BY name`,
      )
      .all(coverage) as (ContactRow & { accountId: Buffer })[];
    for (const { accountId, ...c } of contacts) {
      this.accounts.get(idText(accountId))?.contacts.push(reachable(c));
    }
    return this;
  }

  account(id: string): BookAccount | null {
    if (!this.accounts.has(id)) this.accounts.set(id, this.read(id));
    return this.accounts.get(id)!;
  }

  contact(accountId: string, contactId: string): Reachable | null {
    return this.account(accountId)?.contacts.find((c) => c.contact.id === contactId) ?? null;
  }

  private read(id: string): BookAccount | null {
    const key = idBytes(id);
    const account = this.core
      .statement('SELECT name, country FROM accounts WHERE id = ? AND deleted = 0')
      .get(key) as { name: string; country: string | null } | undefined;
    if (!account) return null;
    const rows = this.core
      .statement(
        `SELECT ${CONTACT_COLUMNS} FROM contacts
         WHERE account_id = ? AND deleted = 0 AND archived = 0 ORDER BY name`,
      )
      .all(key) as ContactRow[];
    return { id, ...account, contacts: rows.map(reachable) };
  }
}

function reachable(r: ContactRow): Reachable {
  const { preferredChannel, doNotContact, id, ...rest } = r;
  return {
    contact: { id: idText(id), ...rest },
    preferredChannel,
    doNotContact: doNotContact === 1,
  };
}

/**
 * Who an item is with and how to reach them: a contact marked do-not-contact is shown,
 * but no channel is proposed for them (PRODUCT §7, issue 13).
 */
export function withContact(
  account: BookAccount,
  reach: Reachable | null,
): Pick<AgendaItem, 'account' | 'contact' | 'channel' | 'doNotContact'> {
  return {
    account: { id: account.id, name: account.name, country: account.country },
    contact: reach?.contact ?? null,
    channel: reach && !reach.doNotContact ? reach.preferredChannel : null,
    doNotContact: reach?.doNotContact ?? false,
  };
}
