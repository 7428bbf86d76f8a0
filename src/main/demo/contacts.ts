/**
 * Key people at an account, as a small org chart: the first contact is the top of the
 * house, department heads report to them, staff report to a department head. Every
 * reports-to points at an earlier contact of the same account, so there are no cycles.
 */
import { contactsTable } from '../../shared/domain/contact';
import type { BuyingRole, Channel } from '../../shared/domain/enums';
import { mobileNumber, phoneNumber, type AccountState, type Context } from './context';
import { personName } from './names';
import type { Culture } from './places';
import { Weighted } from './random';

type Role = readonly [title: string, role: BuyingRole];

const TOP: readonly Role[] = [
  ['Managing Director', 'decision_maker'],
  ['CEO', 'decision_maker'],
  ['General Manager', 'decision_maker'],
  ['Owner', 'decision_maker'],
  ['CFO', 'economic_buyer'],
];
const LOCAL_TOP: Record<Culture, string> = {
  en: 'Managing Director',
  no: 'Daglig leder',
  sv: 'VD',
  fa: 'مدیرعامل',
  vi: 'Giám đốc',
};
const HEADS: readonly Role[] = [
  ['Head of Procurement', 'economic_buyer'],
  ['Purchasing Manager', 'influencer'],
  ['Technical Director', 'influencer'],
  ['Production Manager', 'influencer'],
  ['Quality Manager', 'influencer'],
  ['Operations Director', 'decision_maker'],
  ['Plant Manager', 'champion'],
  ['Finance Director', 'economic_buyer'],
  ['Engineering Manager', 'champion'],
];
const STAFF: readonly Role[] = [
  ['Buyer', 'gatekeeper'],
  ['Maintenance Engineer', 'user'],
  ['Process Engineer', 'user'],
  ['Office Manager', 'gatekeeper'],
  ['Project Engineer', 'champion'],
  ['Executive Assistant', 'gatekeeper'],
  ['Production Supervisor', 'user'],
  ['Logistics Coordinator', 'user'],
];
const CHANNELS = new Weighted<Channel>([
  ['email', 40],
  ['phone', 25],
  ['visit', 15],
  ['video', 10],
  ['mail', 5],
  ['fax', 5],
]);
const NOTES = [
  'Prefers calls before 10:00.',
  'Met at the trade fair last spring.',
  'Speaks English and German.',
  'Vegetarian – remember for dinners.',
  'Plays golf; invite to the customer tournament.',
  'Very detail-oriented on specifications.',
  'Send quotes as PDF, never as Excel.',
  'Responsible for the annual framework agreement.',
  'Former colleague of our service manager.',
];
const STRENGTH_BY_STYLE = {
  transactional: 2,
  leaning_transactional: 2.5,
  balanced: 3,
  leaning_collaborative: 3.5,
  collaborative: 4,
};

export function writeContacts(
  ctx: Context,
  a: AccountState,
  count: number,
  domain: string,
  dial: string,
  otherCulture: () => Culture,
): void {
  const { rng, ids, cal, w } = ctx;
  const contacts = a.contactIds;
  contacts.length = 0;
  const base = STRENGTH_BY_STYLE[a.style];
  for (let j = 0; j < count; j++) {
    const level = j === 0 ? 0 : j <= 2 ? 1 : 2;
    let role: Role;
    let reportsTo: string | null = null;
    if (level === 0) {
      role = rng.pick(TOP);
      if (a.culture !== 'en' && rng.chance(0.7)) role = [LOCAL_TOP[a.culture], role[1]];
    } else if (level === 1) {
      role = rng.pick(HEADS);
      if (rng.chance(0.9)) reportsTo = contacts[0] as string;
    } else {
      role = rng.pick(STAFF);
      if (rng.chance(0.95))
        reportsTo = contacts[rng.int(j > 2 ? 1 : 0, Math.min(2, j - 1))] as string;
    }
    const culture = rng.chance(0.85) ? a.culture : otherCulture();
    const person = personName(rng, culture);
    const influence = level === 0 ? rng.int(4, 5) : level === 1 ? rng.int(3, 4) : rng.int(1, 3);
    const strength = Math.min(5, Math.max(1, Math.round(base + rng.next() * 2 - 1)));
    const birthday = rng.chance(0.6)
      ? `${rng.int(1960, 1999)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
      : null;
    const anniversary = rng.chance(0.5) ? cal.day(rng.int(200, 8000)) : null;
    const left = rng.chance(0.03);
    const id = ids.next();
    w.write(contactsTable, {
      id,
      createdAt: cal.at(rng.int(0, a.since), 10),
      archived: left,
      accountId: a.id,
      name: person.name,
      title: role[0],
      email: rng.chance(0.9) ? `${person.handle}@${domain}` : null,
      phone: rng.chance(0.8) ? phoneNumber(ctx, dial) : null,
      mobile: rng.chance(0.7) ? mobileNumber(ctx, dial) : null,
      buyingRole: role[1],
      influence,
      relationshipStrength: strength,
      reportsToId: reportsTo,
      preferredChannel: CHANNELS.pick(rng),
      birthday,
      workAnniversary: anniversary,
      doNotContact: rng.chance(0.03),
      notes: left ? 'Left the company.' : rng.chance(0.1) ? rng.pick(NOTES) : null,
    });
    contacts.push(id);
  }
}
