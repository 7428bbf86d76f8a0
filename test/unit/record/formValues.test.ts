import { describe, expect, it } from 'vitest';
import { InteractionCreate } from '../../../src/shared/domain/interaction';
import {
  fromLocalInput,
  newInteractionValues,
  toLocalInput,
} from '../../../src/renderer/src/record/formValues';

describe('the log-an-interaction form', () => {
  it('shows an instant in the laptop’s time and reads it back to the same minute', () => {
    const iso = '2026-11-26T09:30:00.000Z';
    const shown = toLocalInput(iso);
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(shown)).toBe(iso);
  });

  it('leaves an unreadable time empty, so the schema names the field', () => {
    expect(toLocalInput('')).toBe('');
    expect(fromLocalInput('')).toBe('');
    const result = InteractionCreate.safeParse({
      ...newInteractionValues({ accountId: '018cc251-f400-75b9-a3a2-72013095858e' }),
      occurredAt: fromLocalInput('not a time'),
      subject: 'Visit',
    });
    expect(result.error?.issues[0]?.message).toMatch(/^When must be a date and time/);
  });

  it('starts as a visit now, for the account it was opened from', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const values = newInteractionValues({ accountId: '018cc251-f400-75b9-a3a2-72013095858e' }, now);
    expect(values).toMatchObject({
      kind: 'visit',
      occurredAt: now.toISOString(),
      accountId: '018cc251-f400-75b9-a3a2-72013095858e',
      contactIds: [],
    });
    const parsed = InteractionCreate.parse({ ...values, subject: 'Visit' });
    expect(parsed.nextStepDue).toBeNull();
  });

  it('starts with the contact it was opened for, such as a decision maker to visit', () => {
    const contact = '018cc251-f400-75b9-a3a2-72013095858f';
    const values = newInteractionValues({
      accountId: '018cc251-f400-75b9-a3a2-72013095858e',
      contactIds: [contact],
    });
    expect(values).toMatchObject({ kind: 'visit', contactIds: [contact] });
  });

  it('starts as a call when opened with "Log call"', () => {
    const values = newInteractionValues({ accountId: null, kind: 'call' });
    expect(values).toMatchObject({ kind: 'call', accountId: '' });
  });
});
