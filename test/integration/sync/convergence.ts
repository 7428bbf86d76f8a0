import fc from 'fast-check';
import { expect } from 'vitest';
import { accountsTable } from '../../../src/shared/domain/account';
import { contactsTable } from '../../../src/shared/domain/contact';
import { listRecords } from '../../../src/main/core/records';
import { listConflicts, resolveConflict } from '../../../src/main/sync/review';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';

/**
 * The property of issue 12, for any sync target: three devices edit offline, the same
 * fields included, and sync in random order; afterwards all three hold the same book,
 * and every same-field clash is in the conflict list of each device whose value lost.
 * Each round is: random edits on every device with no sync between them (so edits of
 * one round are concurrent), then syncs in a random order, then a full pass.
 */
export interface Team {
  devices: [Device, Device, Device];
  accounts: string[];
  contacts: string[];
}

/**
 * A team of three on one sync target: the first makes a small book (7 accounts, 21
 * contacts) and sends it; the others start empty, receive it and sign in as the same
 * admin. `skews`: how far each of the other two laptops' clocks is off.
 */
export async function makeTeam(
  spec: string,
  options: { tokens?: [string?, string?, string?]; skews?: [number, number] } = {},
): Promise<Team> {
  const first = firstDevice(spec, options.tokens?.[0]);
  const accounts: string[] = [];
  const contacts: string[] = [];
  for (const name of ['ACME', 'Globex', 'Initech', 'Hooli', 'Umbrella', 'Tyrell', 'Wonka']) {
    const account = await first.api.createAccount({ name, country: 'NO' });
    accounts.push(account.id);
    for (const person of ['Sara', 'Lê Mai', 'Ali Rezaei']) {
      contacts.push((await first.api.createContact({ accountId: account.id, name: person })).id);
    }
  }
  await first.sync();
  const me = (await first.api.profile({})).member?.id as string;
  const others: Device[] = [];
  for (let i = 0; i < 2; i++) {
    const d = emptyDevice(spec, options.tokens?.[i + 1], options.skews?.[i] ?? 0);
    await d.sync();
    if (!(await d.api.profile({})).member) await d.api.chooseProfile({ memberId: me });
    others.push(d);
  }
  return { devices: [first, others[0]!, others[1]!], accounts, contacts };
}

const FIELDS = {
  account: ['name', 'city', 'notes', 'website'] as const,
  contact: ['name', 'title', 'phone', 'notes'] as const,
};
// A few values only, so that two devices often type the same one (no clash then).
const text = fc.constantFrom('Nguyễn', 'Tromsø', 'ی‌سازی', 'Oslo', 'Hà Nội', 'Bergen', 'Qom');

const edit = fc.record({
  device: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom('account', 'contact'),
  row: fc.nat(),
  field: fc.nat(),
  value: text,
  suffix: fc.nat({ max: 3 }),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const round = fc.record({
  edits: fc.array(edit, { minLength: 100, maxLength: 400 }),
  order: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 6 }),
});

export async function checkConvergence(team: Team, runs = 5): Promise<{ edits: number }> {
  let edits = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(round, { minLength: 2, maxLength: 4 }), async (rounds) => {
      for (const r of rounds) {
        const typed = await applyEdits(team, r.edits);
        edits += typed.reduce((n, m) => n + m.size, 0);
        for (const i of r.order) await team.devices[i]!.sync();
        for (const d of [...team.devices, ...team.devices]) await d.sync();
        expectSameBook(team);
        expectClashesShown(team, typed);
      }
    }),
    // The devices keep their books from run to run, so a shrunk case would not replay.
    { numRuns: runs, endOnFailure: true },
  );
  return { edits };
}

/** Per device, the last value it typed into each (table, row, field) this round. */
type Typed = Map<string, { device: number; value: string }>[];

async function applyEdits(team: Team, edits: readonly Edit[]): Promise<Typed> {
  const typed: Typed = [new Map(), new Map(), new Map()];
  for (const e of edits) {
    const rows = e.kind === 'account' ? team.accounts : team.contacts;
    const id = rows[e.row % rows.length] as string;
    const fields = FIELDS[e.kind];
    const field = fields[e.field % fields.length] as string;
    const value =
      field === 'website'
        ? `https://example.no/${e.suffix}`
        : field === 'phone'
          ? `+47 ${e.suffix}00 00 000`
          : `${e.value} ${e.suffix}`;
    const api = team.devices[e.device]!.api;
    const before =
      e.kind === 'account'
        ? ((await api.getAccount({ id })).account as Record<string, unknown>)
        : ((await api.getContact({ id })) as Record<string, unknown>);
    // Typing the value a field already has changes nothing: no change, no clash.
    // One edit per device and field in a round: a device's later edit of its own value
    // is not a clash, and an oracle that knew which value each one saw would be the
    // merge itself.
    const key = `${e.kind === 'account' ? 'accounts' : 'contacts'}/${id}/${field}`;
    if (before[field] === value || typed[e.device]!.has(key)) continue;
    if (e.kind === 'account') await api.updateAccount({ id, patch: { [field]: value } });
    else await api.updateContact({ id, patch: { [field]: value } });
    typed[e.device]!.set(key, { device: e.device, value });
  }
  return typed;
}

function book(d: Device) {
  return {
    accounts: listRecords(d.core, accountsTable, true, 'id'),
    contacts: listRecords(d.core, contactsTable, true, 'id'),
  };
}

function expectSameBook(team: Team): void {
  const [first, ...rest] = team.devices.map(book);
  for (const other of rest) expect(other).toEqual(first);
}

function expectClashesShown(team: Team, typed: Typed): void {
  const final = book(team.devices[0]!);
  const valueOf = (key: string) => {
    const [table, id, field] = key.split('/') as [string, string, string];
    const rows = (table === 'accounts' ? final.accounts : final.contacts) as Record<
      string,
      unknown
    >[];
    return rows.find((r) => r.id === id)?.[field];
  };
  const editors = new Map<string, number[]>();
  typed.forEach((m, device) => {
    for (const key of m.keys()) editors.set(key, [...(editors.get(key) ?? []), device]);
  });
  team.devices.forEach((d, device) => {
    const shown = new Map(
      listConflicts(d.core).map((c): [string, typeof c] => [`${c.table}/${c.rowId}/${c.field}`, c]),
    );
    for (const [key, who] of editors) {
      const mine = typed[device]!.get(key);
      const lost = mine !== undefined && who.length > 1 && mine.value !== valueOf(key);
      if (lost) {
        expect(shown.get(key), `device ${device} lost ${key}`).toMatchObject({
          mine: { value: mine.value },
          theirs: { value: valueOf(key) },
        });
      } else {
        expect(shown.has(key), `device ${device} shows ${key} without losing it`).toBe(false);
      }
    }
    // Taking theirs closes each one without a new change: the next round starts clean.
    for (const c of shown.values()) resolveConflict(d.core, { id: c.id, choice: 'theirs' });
  });
}
