import { describe, expect, it } from 'vitest';
import { Account, AccountCreate, AccountFields } from '../../../src/shared/domain/account';
import { draftOf, valueOf } from '../../../src/renderer/src/editInPlace/fieldValue';
import {
  undoDecision,
  useUndoStore,
  type FieldChange,
} from '../../../src/renderer/src/editInPlace/undoStore';

const written = '2026-11-26T10:00:00.000Z';
const later = '2026-11-26T10:05:00.000Z';

function account(patch: Partial<Account>): Account {
  const fields = AccountFields.parse({ name: 'Fjord Sjømat AS' });
  return Account.parse({
    ...fields,
    id: '0190a1b2-0000-7000-8000-000000000001',
    archived: false,
    createdAt: written,
    updatedAt: written,
    ...patch,
  });
}

const cityChange: FieldChange = {
  accountId: '0190a1b2-0000-7000-8000-000000000001',
  field: 'city',
  before: 'Bergen',
  after: 'Oslo',
  updatedAt: written,
};

describe('undo of the last change made in place', () => {
  it('writes the old value back when the account is the version we wrote', () => {
    expect(undoDecision(cityChange, account({ city: 'Oslo' }))).toBe('undo');
  });

  it('still undoes when only other fields changed since', () => {
    expect(
      undoDecision(cityChange, account({ city: 'Oslo', phone: '+47 1', updatedAt: later })),
    ).toBe('undo');
  });

  it('refuses when the field was changed elsewhere since, so that change is not clobbered', () => {
    expect(undoDecision(cityChange, account({ city: 'Tromsø', updatedAt: later }))).toBe(
      'changedSince',
    );
  });

  it('keeps only the last change, and gives it out once', () => {
    const store = useUndoStore.getState();
    store.record(cityChange);
    store.record({ ...cityChange, field: 'phone', before: null, after: '+47 22 00 00 00' });
    expect(useUndoStore.getState().take()?.field).toBe('phone');
    expect(useUndoStore.getState().take()).toBeNull();
  });
});

describe('what a typed value means', () => {
  it('reads amounts in Persian digits, with the Persian decimal mark', () => {
    expect(valueOf('amount', ' ۱۲۳۴٫۵ ')).toBe(1234.5);
    expect(valueOf('amount', '٤٢')).toBe(42);
  });

  it('turns an empty amount into none, and leaves text that is no number for the schema', () => {
    expect(valueOf('amount', '  ')).toBeNull();
    expect(valueOf('amount', 'lots')).toBeNaN();
    const parsed = AccountCreate.safeParse({ name: 'x', costToServe: valueOf('amount', 'lots') });
    expect(parsed.error?.issues[0]?.message).toBe('Cost to serve must be a number');
  });

  it('starts an input from the stored value, empty for none', () => {
    expect(draftOf(null)).toBe('');
    expect(draftOf(1500)).toBe('1500');
    expect(valueOf('text', '  Oslo ')).toBe('  Oslo ');
  });
});
