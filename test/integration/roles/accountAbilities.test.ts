import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { AccountAbilities } from '../../../src/shared/domain/abilities';
import { RapportError } from '../../../src/shared/errors';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import { teamBook, type TeamBook } from '../../support/teamBook';

/**
 * What the account's screens offer (the 360, with its edit in place, contacts,
 * assessments and team; the account form with its owner and managers' fields) is what
 * the core then takes: for every role and every account, each control's write is made,
 * and the core accepts it exactly when the screen offered it, or refuses it for the
 * reason the screen showed.
 */
let t: TestCore;
let b: TeamBook;
let adminId: string;
let nobody: { id: string };
beforeEach(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  b = await teamBook(t.api);
  nobody = await t.api.createAccount({ name: 'Umbrella', country: 'NO' });
});
afterEach(() => t.close());

type Control = [
  name: string,
  reason: (may: AccountAbilities) => string | null,
  write: () => Promise<unknown>,
];

/** Each control of the account's screens and the write it makes, in an order that keeps the rights asked. */
const controls = (accountId: string): Control[] => [
  [
    'edit a field',
    (may) => may.account,
    () => t.api.updateAccount({ id: accountId, patch: { city: 'Huế' } }),
  ],
  [
    'sales force',
    (may) => may.fields.salesForce ?? may.account,
    () => t.api.updateAccount({ id: accountId, patch: { salesForce: 'distributor' } }),
  ],
  [
    'territory',
    (may) => may.fields.territoryId ?? may.account,
    () => t.api.updateAccount({ id: accountId, patch: { territoryId: b.territory.id } }),
  ],
  [
    'add a contact',
    (may) => may.records,
    () => t.api.createContact({ accountId, name: 'Trần Minh' }),
  ],
  [
    'record an assessment',
    (may) => may.records,
    () => t.api.createAssessment({ accountId, assessedOn: '2026-03-01', trust: 3 }),
  ],
  [
    'log an interaction',
    (may) => may.records,
    () =>
      t.api.createInteraction({
        accountId,
        kind: 'call',
        occurredAt: '2026-03-02T09:00:00Z',
        subject: 'Check-in',
        contactIds: [],
      }),
  ],
  [
    'set the owner',
    (may) => may.cover,
    () => t.api.setAccountOwner({ accountId, memberId: b.lead.id }),
  ],
  ['archive', (may) => may.account, () => t.api.archiveAccount({ id: accountId })],
];

/** The core's answer to a write: null when it took it, else its reason. */
const answer = (write: () => Promise<unknown>) =>
  write().then(
    () => null,
    (e: unknown) => {
      if (e instanceof RapportError && e.code === 'forbidden') return e.message;
      throw e;
    },
  );

const roles = {
  admin: () => adminId,
  lead: () => b.lead.id,
  rep: () => b.rep.id,
};

describe('the account screens and the core agree', () => {
  for (const [role, member] of Object.entries(roles)) {
    for (const account of ['acme', 'globex', 'nobody'] as const) {
      it(`for ${role === 'admin' ? 'an' : 'a'} ${role} on ${account}`, async () => {
        setProfile(t.core, member());
        const accountId = account === 'nobody' ? nobody.id : b[account].id;
        const may = await t.api.accountAbilities({ accountId });
        for (const [name, reason, write] of controls(accountId)) {
          expect({ [name]: await answer(write) }).toEqual({ [name]: reason(may) });
        }
      });
    }
  }
});

describe('account abilities', () => {
  it('tell a rep why an account they do not cover is read-only', async () => {
    setProfile(t.core, b.rep.id);
    const notCovered = 'You can only change accounts you cover, and Globex is not one of them';
    expect(await t.api.accountAbilities({ accountId: b.globex.id })).toEqual({
      account: notCovered,
      fields: {
        salesForce: 'Sales force: only a lead or an admin may change this on an account',
        territoryId: 'Territory: only a lead or an admin may change this on an account',
        servedViaId: 'Served via: only a lead or an admin may change this on an account',
        excludeFromRules:
          'Exclude from rules: only a lead or an admin may change this on an account',
      },
      records: notCovered,
      cover: 'Only a lead or an admin may assign or reassign accounts',
    });
  });

  it('refuse everything before a profile is chosen, and name a bad id', async () => {
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    const may = await t.api.accountAbilities({ accountId: b.acme.id });
    expect(may.account).toMatch(/^Nobody is signed in/);
    expect(may.cover).toBe(may.account);
    const bad = await refusal(t.api.accountAbilities({ accountId: 'acme' }));
    expect(bad.issues).toEqual([{ field: 'accountId', message: 'Must be a valid id' }]);
  });
});
