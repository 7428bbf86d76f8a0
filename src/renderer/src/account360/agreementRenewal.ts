import type { Agreement } from '../../../shared/domain/relationship';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The dates a renewal starts from: signed today, running from the day after the old
 * end (or today, when it has none or it is long past) for as long as it ran before
 * (a year when it had no start).
 */
export function renewalDates(agreement: Agreement, today: string) {
  const oldEnd = agreement.endsOn ? dayOf(agreement.endsOn) : null;
  const start = oldEnd !== null && oldEnd >= dayOf(today) ? oldEnd + DAY : dayOf(today);
  const length =
    agreement.startsOn && oldEnd !== null ? oldEnd - dayOf(agreement.startsOn) : 364 * DAY;
  return { signedOn: today, startsOn: isoOf(start), endsOn: isoOf(start + length) };
}
