import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/core';
import { listRecords } from '../main/core/records';
import { closeDatabase, openDatabase } from '../main/db/open';
import { generateDemo } from '../main/demo';
import { hlcAt } from '../shared/hlc';
import { TABLES } from '../shared/schema/tables';
import { MAX_BATCH, type WireChange } from '../shared/sync/wire';
import { addDevice } from './devices';
import { ingest } from './ingest';
import { today } from './scope';
import type { Storage } from './storage/storage';

/** The node the demo's changes carry on the wire (16 hex digits, like a laptop's). */
export const DEMO_WIRE_NODE = 'de00000000000000';

export interface DemoPerson {
  readonly name: string;
  readonly role: 'lead' | 'rep';
  readonly memberId: string;
  readonly deviceId: string;
  /** Printed once; the server keeps only its hash. */
  readonly token: string;
}

export interface DemoTeam {
  readonly accounts: number;
  readonly changes: number;
  readonly people: readonly DemoPerson[];
}

type Row = Record<string, unknown>;

/**
 * `rapport serve --demo`: when the server is empty, it is filled with a demo team so
 * two laptops can sync in a minute. The demo book is made by the app's own generator
 * into a temporary file, every row becomes one change (all its fields, in API form,
 * from the demo's node) and is stored as an admin's push; then a device is made for
 * the team lead and for two of their reps who cover accounts. Returns null (and
 * changes nothing) when the server already holds data.
 */
export async function fillDemo(
  storage: Storage,
  options: { accounts: number; seed?: number },
): Promise<DemoTeam | null> {
  const used = await storage.get<{ n: number }>(
    'SELECT (SELECT count(*) FROM changes) + (SELECT count(*) FROM devices) AS n',
  );
  if (Number(used?.n ?? 0) > 0) return null;
  const { rows, lead } = readDemoBook(options.accounts, options.seed ?? 1);
  const changes = toChanges(rows);
  for (let from = 0; from < changes.length; from += MAX_BATCH) {
    await ingest(
      storage,
      { role: 'admin', memberId: lead, deviceId: null },
      { node: DEMO_WIRE_NODE, member: lead, changes: changes.slice(from, from + MAX_BATCH) },
    );
  }
  const people: DemoPerson[] = [];
  for (const { member, role } of demoPeople(rows, lead)) {
    const name = String(member.name);
    const { device, token } = await addDevice(storage, {
      name: `${name} (demo ${role})`,
      role,
      memberId: member.id as string,
    });
    people.push({ name, role, memberId: member.id as string, deviceId: device.id, token });
  }
  return { accounts: rows.get('accounts')?.length ?? 0, changes: changes.length, people };
}

/** The demo book's rows per table, in API form, and its team lead. */
function readDemoBook(accounts: number, seed: number): { rows: Map<string, Row[]>; lead: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-serve-demo-'));
  try {
    const db = openDatabase(path.join(dir, 'demo.db'), { create: true });
    try {
      const { profileMemberId } = generateDemo(db, { accounts, seed });
      const core = createCore(db);
      const rows = new Map(TABLES.map((t) => [t.name, listRecords<Row>(core, t, true, 'id')]));
      return { rows, lead: profileMemberId };
    } finally {
      closeDatabase(db);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One change per row, in the tables' order (a row's references come before it). */
function toChanges(rows: Map<string, Row[]>): WireChange[] {
  const changes: WireChange[] = [];
  let seq = 1;
  for (const t of TABLES) {
    for (const row of rows.get(t.name) ?? []) {
      const values: WireChange['values'] = {};
      for (const field of Object.keys(t.columns)) {
        const value = row[field];
        if (value === null || value === undefined) continue;
        if (Array.isArray(value) && value.length === 0) continue;
        values[field] = value as WireChange['values'][string];
      }
      if (row.archived === true) values.archived = true;
      changes.push({
        node: DEMO_WIRE_NODE,
        seq,
        hlc: hlcAt(Date.parse(String(row.updatedAt))),
        table: t.name,
        row: row.id as string,
        values,
        bases: null,
      });
      seq += Object.keys(values).length;
    }
  }
  return changes;
}

/** The lead, and the two reps of the lead's team who cover the most accounts today. */
function demoPeople(
  rows: Map<string, Row[]>,
  lead: string,
): { member: Row; role: 'lead' | 'rep' }[] {
  const members = rows.get('team_members') ?? [];
  const leader = members.find((m) => m.id === lead);
  if (!leader) throw new Error('The demo book has no team lead');
  const teams = new Set(
    (rows.get('teams') ?? []).filter((t) => t.leadId === lead).map((t) => t.id as string),
  );
  if (typeof leader.teamId === 'string') teams.add(leader.teamId);
  const day = today();
  const covering = new Map<string, number>();
  for (const a of rows.get('assignments') ?? []) {
    const current = String(a.validFrom) <= day && (a.validTo === null || String(a.validTo) >= day);
    if (current) covering.set(a.memberId as string, (covering.get(a.memberId as string) ?? 0) + 1);
  }
  const reps = members
    .filter((m) => m.appRole === 'rep' && teams.has(m.teamId as string))
    .filter((m) => (covering.get(m.id as string) ?? 0) > 0)
    .sort((a, b) => (covering.get(b.id as string) ?? 0) - (covering.get(a.id as string) ?? 0))
    .slice(0, 2);
  return [
    { member: leader, role: 'lead' as const },
    ...reps.map((member) => ({ member, role: 'rep' as const })),
  ];
}
