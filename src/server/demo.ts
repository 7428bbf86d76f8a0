import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/core';
import { closeDatabase, openDatabase } from '../main/db/open';
import { generateDemo } from '../main/demo';
import { addDevice } from './devices';
import { bookChanges } from './seed/bookChanges';
import { loadBook } from './seed/load';
import { teamPeople } from './seed/people';
import type { Storage } from './storage/storage';

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

/**
 * `rapport serve --demo`: when the server is empty, it is filled with a demo team so
 * two laptops can sync in a minute. The demo book is made by the app's own generator
 * into a temporary file, every row becomes one change (all its fields, in API form,
 * from the demo's node, authored by its team lead) and is stored as an admin's push
 * would store it; then a device is made for the team lead and for two of their reps
 * who cover accounts. Returns null (and changes nothing) when the server already holds
 * data.
 */
export async function fillDemo(
  storage: Storage,
  options: { accounts: number; seed?: number },
): Promise<DemoTeam | null> {
  const used = await storage.get<{ n: number }>(
    'SELECT (SELECT count(*) FROM changes) + (SELECT count(*) FROM devices) AS n',
  );
  if (Number(used?.n ?? 0) > 0) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-serve-demo-'));
  try {
    const db = openDatabase(path.join(dir, 'demo.db'), { create: true });
    try {
      const { profileMemberId: lead } = generateDemo(db, {
        accounts: options.accounts,
        seed: options.seed ?? 1,
      });
      const core = createCore(db);
      const changes = await loadBook(storage, bookChanges(core), lead);
      const people: DemoPerson[] = [];
      for (const { memberId, name, role } of teamPeople(core, lead, 2)) {
        const { device, token } = await addDevice(storage, {
          name: `${name} (demo ${role})`,
          role,
          memberId,
        });
        people.push({ name, role, memberId, deviceId: device.id, token });
      }
      const accounts = core
        .statement('SELECT count(*) AS n FROM accounts WHERE deleted = 0')
        .get() as {
        n: number;
      };
      return { accounts: accounts.n, changes, people };
    } finally {
      closeDatabase(db);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
