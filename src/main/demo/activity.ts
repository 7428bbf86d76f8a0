/**
 * The contact history of an account: calls, visits, e-mails, letters, meetings,
 * greetings and the odd fax over the last three years, with outcomes and next steps.
 */
import { interactionsTable } from '../../shared/domain/interaction';
import type { InteractionKind, Lifecycle, SalesForce } from '../../shared/domain/enums';
import type { AccountState, Context } from './context';
import type { Culture } from './places';
import { Weighted } from './random';

const KINDS: Record<SalesForce, Weighted<InteractionKind>> = {
  strategic: new Weighted<InteractionKind>([
    ['meeting', 22],
    ['visit', 22],
    ['email', 25],
    ['call', 20],
    ['greeting', 6],
    ['letter', 4],
    ['fax', 1],
  ]),
  geographic: new Weighted<InteractionKind>([
    ['call', 32],
    ['email', 30],
    ['visit', 18],
    ['meeting', 8],
    ['greeting', 6],
    ['letter', 4],
    ['fax', 2],
  ]),
  distributor: new Weighted<InteractionKind>([
    ['call', 30],
    ['email', 32],
    ['meeting', 16],
    ['visit', 12],
    ['greeting', 5],
    ['letter', 2],
    ['fax', 3],
  ]),
};

const SUBJECTS: Record<Exclude<InteractionKind, 'greeting'>, readonly string[]> = {
  call: [
    'Follow-up call on quote',
    'Check-in call',
    'Delivery status',
    'Price discussion',
    'Call about spare parts',
    'Introductory call',
    'Service issue',
    'Call about annual volumes',
    'Payment reminder',
  ],
  visit: [
    'Site visit',
    'Plant tour and line audit',
    'Visit with application engineer',
    'Commissioning visit',
    'Quarterly review on site',
    'Installation follow-up',
    'Trial of new pump series',
  ],
  email: [
    'Quote sent',
    'Technical datasheets',
    'Order confirmation',
    'Delivery schedule update',
    'New price list',
    'Meeting summary',
    'Invoice question',
    'Certificate of conformity',
  ],
  letter: [
    'Contract renewal letter',
    'Price adjustment notice',
    'Annual framework agreement',
    'Thank-you letter',
  ],
  meeting: [
    'Quarterly business review',
    'Account planning meeting',
    'Technical workshop',
    'Negotiation meeting',
    'Kick-off meeting',
    'Joint promotion planning',
    'Cost-reduction workshop',
  ],
  fax: ['Order by fax', 'Signed quote (fax)', 'Delivery note (fax)'],
};

interface Holiday {
  readonly subject: string;
  readonly month: number;
  readonly day: number;
}

const HOLIDAYS: Record<Culture, readonly Holiday[]> = {
  en: [
    { subject: 'Christmas card', month: 12, day: 18 },
    { subject: 'Happy New Year greetings', month: 1, day: 2 },
  ],
  no: [
    { subject: 'God jul-hilsen', month: 12, day: 17 },
    { subject: 'Christmas card', month: 12, day: 18 },
  ],
  sv: [
    { subject: 'God jul-hälsning', month: 12, day: 17 },
    { subject: 'Midsommar greetings', month: 6, day: 19 },
  ],
  fa: [
    { subject: 'تبریک نوروز', month: 3, day: 19 },
    { subject: 'Nowruz greetings', month: 3, day: 18 },
  ],
  vi: [
    { subject: 'Chúc mừng năm mới – Tết', month: 1, day: 27 },
    { subject: 'Tết greetings', month: 1, day: 25 },
  ],
};
const PERSONAL_GREETINGS = [
  'Birthday greeting',
  'Work anniversary congratulations',
  'Congratulations on the new plant',
];

const OUTCOMES = [
  'Positive',
  'Interested – wants a quote',
  'Neutral',
  'No answer',
  'Needs internal discussion',
  'Order placed',
  'Price too high',
  'Waiting for budget',
  'Escalated to technical team',
  'Agreed on next meeting',
];
const NOTES = [
  'Customer mentioned a competitor offer.',
  'Spoke with the maintenance team about downtime.',
  'Asked for references in the same industry.',
  'Budget approval expected next quarter.',
  'Complained about late deliveries.',
  'Very happy with the last service visit.',
  'New procurement rules from head office.',
  'Interested in a training program for operators.',
  'Wants a delivery guarantee in the next contract.',
  'Plans a second production line next year.',
];
const NEXT_STEPS = [
  'Send revised quote',
  'Book a site visit',
  'Call back about volumes',
  'Send technical documentation',
  'Arrange demo with application engineer',
  'Follow up on payment',
  'Prepare contract renewal',
  'Invite to customer day',
  'Check delivery date with logistics',
];

/** Days-ago window that fits the account's lifecycle (the history ends when it went quiet). */
const WINDOW: Record<Lifecycle, readonly [number, number]> = {
  prospect: [0, 400],
  active: [0, 1095],
  at_risk: [20, 1095],
  dormant: [200, 1095],
  ended: [420, 1095],
};

/** Reused for every interaction: the contacts present. */
const present: string[] = [];

/** Writes `count` interactions with the contacts present at them. */
export function writeInteractions(ctx: Context, account: AccountState, count: number): void {
  const { rng, ids, cal, w } = ctx;
  const kinds = KINDS[account.force];
  const [windowMin, windowMax] = WINDOW[account.lifecycle];
  const latest = Math.min(windowMin, account.since);
  const earliest = Math.max(latest, Math.min(windowMax, account.since));
  const contacts = account.contactIds;
  const holidays = HOLIDAYS[account.culture];
  const slots = cal.timeSlots;
  for (let n = 0; n < count; n++) {
    const kind = kinds.pick(rng);
    let daysAgo = rng.int(latest, earliest);
    let subject: string;
    if (kind === 'greeting') {
      if (rng.chance(0.65)) {
        const holiday = rng.pick(holidays);
        const onDay = cal.daysAgo(cal.year - rng.int(0, 2), holiday.month, holiday.day);
        if (onDay >= latest && onDay <= earliest) daysAgo = onDay;
        subject = holiday.subject;
      } else {
        subject = rng.pick(PERSONAL_GREETINGS);
      }
    } else {
      subject = rng.pick(SUBJECTS[kind]);
    }
    const occurredAt = cal.at(daysAgo, rng.int(0, slots - 1));
    const memberId =
      account.helperId !== null && rng.chance(0.2) ? account.helperId : account.ownerId;
    const talk = kind === 'call' || kind === 'visit' || kind === 'meeting';
    const outcome =
      kind === 'greeting'
        ? null
        : talk
          ? rng.chance(0.85)
            ? rng.pick(OUTCOMES)
            : null
          : rng.chance(0.25)
            ? rng.pick(OUTCOMES)
            : null;
    const notes = rng.chance(0.25) ? rng.pick(NOTES) : null;
    // A recent talk often leaves a next step; an older one's was mostly done.
    let nextStep: string | null = null;
    let nextStepDue: string | null = null;
    let nextStepDone = false;
    if (kind !== 'greeting' && rng.chance(daysAgo <= 45 ? 0.5 : 0.15)) {
      nextStep = rng.pick(NEXT_STEPS);
      const dueAgo = daysAgo - rng.int(2, 30);
      nextStepDue = cal.day(dueAgo);
      nextStepDone = dueAgo > 0 && rng.chance(dueAgo > 14 ? 0.92 : 0.5);
    }
    present.length = 0;
    if (contacts.length > 0 && kind !== 'fax' && rng.chance(0.4)) {
      const first = rng.int(0, contacts.length - 1);
      present.push(contacts[first] as string);
      if (kind === 'meeting' && contacts.length > 1 && rng.chance(0.3)) {
        present.push(
          contacts[(first + rng.int(1, contacts.length - 1)) % contacts.length] as string,
        );
      }
    }
    w.write(interactionsTable, {
      id: ids.next(),
      createdAt: occurredAt,
      accountId: account.id,
      memberId,
      kind,
      occurredAt,
      subject,
      notes,
      outcome,
      nextStep,
      nextStepDue,
      nextStepDone,
      contactIds: present,
    });
  }
}
