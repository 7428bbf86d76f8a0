/**
 * Every message the shared schemas (and the core's own field checks) give a person, by
 * id. The core speaks English; the renderer recognises a message by its template here and
 * shows it in the user's language, so each template is declared once, with the names of
 * the values it carries.
 */
export type MessageValues<P extends string> = Record<P, string | number>;

export interface MessageTemplate<P extends string = string> {
  (values: MessageValues<P>): string;
  /** The values the sentence carries, in the order a reader meets them. */
  readonly params: readonly P[];
}

function template<const P extends string = never>(
  params: readonly P[],
  build: (values: MessageValues<P>) => string,
): MessageTemplate<P> {
  return Object.assign((values: MessageValues<P>) => build(values), { params });
}

const fixed = (text: string) => template([], () => text);

export const messages = {
  invalidId: fixed('Must be a valid id'),
  required: template(['label'], ({ label }) => `${label} is required`),
  tooLong: template(
    ['label', 'max'],
    ({ label, max }) => `${label} must be at most ${max} characters`,
  ),
  tooShort: template(
    ['label', 'min'],
    ({ label, min }) => `${label} must be at least ${min} characters`,
  ),
  notANumber: template(['label'], ({ label }) => `${label} must be a number`),
  negative: template(['label'], ({ label }) => `${label} cannot be negative`),
  notADate: template(['label'], ({ label }) => `${label} must be a date like 2026-03-31`),
  notAMoment: template(
    ['label'],
    ({ label }) => `${label} must be a date and time like 2026-03-31T09:30:00Z`,
  ),
  notWhole: template(
    ['label', 'min', 'max'],
    ({ label, min, max }) => `${label} must be a whole number from ${min} to ${max}`,
  ),
  outOfRange: template(
    ['label', 'min', 'max'],
    ({ label, min, max }) => `${label} must be from ${min} to ${max}`,
  ),
  emptyEntries: template(['label'], ({ label }) => `${label} cannot contain empty entries`),
  notIdList: template(
    ['label', 'item'],
    ({ label, item }) => `${label} must be a list of ${item} ids`,
  ),
  listTooLong: template(
    ['max', 'label', 'where'],
    ({ max, label, where }) => `At most ${max} ${String(label).toLowerCase()} ${where}`,
  ),
  listedTwice: template(['item'], ({ item }) => `A ${item} is listed twice`),
  email: fixed('Email must be an address like name@example.com'),
  country: fixed('Country must be a two-letter code such as NO or VN'),
  currency: fixed('Currency must be a three-letter code such as EUR'),
  creditShareNumber: fixed('Credit share must be a number from 0 to 100'),
  creditShareBelow: fixed('Credit share cannot be below 0%'),
  creditShareAbove: fixed('Credit share cannot be above 100%'),
  endBeforeStart: fixed('End date cannot be before the start date'),
  leftBeforeStarted: fixed('The day a member left cannot be before the day they started'),
  creditOver: template(
    ['account', 'total', 'given'],
    ({ account, total, given }) =>
      `Credit shares for ${account} would add up to ${total}% (at most 100%; ${given}% is already given)`,
  ),
  splitNot100: template(
    ['account', 'total'],
    ({ account, total }) =>
      `Revenue shares for ${account} add up to ${total}%: they must add up to exactly 100%`,
  ),
  notInForce: template(
    ['account'],
    ({ account }) => `This assignment is not in force on ${account} today: reload and try again`,
  ),
  postcodeInvalid: template(
    ['entry'],
    ({ entry }) =>
      `Postcode ${entry} is not a postcode or a range like 7000-7099 (both ends as long, the lower first)`,
  ),
  postcodeOverlap: template(
    ['first', 'second'],
    ({ first, second }) =>
      `Postcodes ${first} and ${second} overlap: each postcode belongs in one entry`,
  ),
  handOverPick: fixed('Accounts must be all, a filter or a list of accounts'),
  handOverReceivers: fixed(
    'Receivers must be one person, the territory rules, or a list to spread over',
  ),
  handOverNothing: template(
    ['name'],
    ({ name }) => `${name} covers no account that matches: there is nothing to hand over`,
  ),
  handOverWhose: fixed('Choose whose accounts to hand over, or pick the accounts'),
  handOverNone: fixed('No account matches: there is nothing to hand over'),
  handOverAlready: template(['name'], ({ name }) => `${name} already owns this account`),
  handOverToSelf: template(
    ['name'],
    ({ name }) => `${name} hands the book over and cannot also receive it`,
  ),
  handOverNoRule: fixed('No territory rule matches this account'),
  handOverTie: template(
    ['names'],
    ({ names }) => `Territory rules tie between ${names}: choose one`,
  ),
  handOverChanged: template(
    ['account'],
    ({ account }) =>
      `${account} has changed since the hand-over, so it can no longer be undone as one`,
  ),
  handOverUndone: fixed('This hand-over has already been undone'),
  oneOwner: fixed('An account that is staffed has exactly one owner'),
  revenueEndDate: fixed(
    'Only an overlay is given an end date: a revenue share runs until the account is staffed again',
  ),
  memberLeft: template(
    ['name', 'day'],
    ({ name, day }) => `${name} left on ${day} and cannot be given new accounts`,
  ),
  noProfile: fixed(
    'Nobody is signed in to this database yet: choose who you are (set up the profile) before making changes',
  ),
  repAssigns: fixed('Only a lead or an admin may assign or reassign accounts'),
  managersField: template(
    ['label'],
    ({ label }) => `${label}: only a lead or an admin may change this on an account`,
  ),
  managersTable: template(
    ['label'],
    ({ label }) => `${label}: only a lead or an admin may make this change`,
  ),
  ownTeamOnly: template(
    ['label'],
    ({ label }) => `${label}: a lead may change those of their own team only`,
  ),
  ownTeam: fixed('A lead may change their own team only; an admin creates teams'),
  notCovered: template(
    ['account'],
    ({ account }) => `You can only change accounts you cover, and ${account} is not one of them`,
  ),
  notYourTeam: template(
    ['team'],
    ({ team }) => `${team} is not one of your teams: you see the figures of your own teams only`,
  ),
  notInTeamBook: template(['account'], ({ account }) => `${account} is not in your team's book`),
  notCoveredRead: template(
    ['account'],
    ({ account }) => `You can only see accounts you cover, and ${account} is not one of them`,
  ),
  applyWhich: fixed('Choose the suggestions to apply, or apply them all'),
  tieUnchosen: template(
    ['account'],
    ({ account }) => `${account} matches several reps equally: choose one of them`,
  ),
  notSuggested: template(
    ['name', 'account'],
    ({ name, account }) => `${name} is not one of the reps suggested for ${account}`,
  ),
  alreadyOwned: template(
    ['name'],
    ({ name }) => `${name} already owns this account; hand it over instead (set a new owner)`,
  ),
  periodBackwards: fixed('Period end cannot be before its start'),
  serviceKind: fixed('A service needs its kind of service'),
  backFromClosing: fixed('Moving a deal back from closing or follow-up needs a reason'),
  backFromWon: fixed('Moving a won deal back to an earlier step needs a reason'),
  backFromLost: fixed('Moving a lost deal back to an earlier step needs a reason'),
  closeWithoutReason: fixed('Closing a deal as won or lost needs a reason'),
  reportsToSelf: fixed('A contact cannot report to themselves'),
  staysWithAccount: fixed(
    'This stays with the account it was made at: make a new one at the other account',
  ),
  dueBeforeInteraction: fixed('Next step due cannot be before the interaction itself'),
  agreementBackwards: fixed('An agreement cannot end before it starts'),
  toBeforeFrom: fixed('To cannot be before From'),
  keyDatesYear: fixed('Key dates are listed for at most a year at a time'),
  scope: fixed('Scope must be mine, team or all'),
  syncTarget: fixed('Choose a folder or a server address'),
  syncTargetTooLong: fixed('The address must be at most 2000 characters'),
  syncTargetForm: fixed('Choose a folder (folder:/path) or a server address (http://host:port)'),
  tokenTooLong: fixed('The token is too long'),
  mergedTooLong: fixed('The merged text is too long'),
  // The core's own checks, which need the stored book to decide.
  dueInThePast: template(
    ['today'],
    ({ today }) => `Next step due cannot be in the past (today is ${today})`,
  ),
  endWithoutReason: fixed(
    'A relationship is ended with "End relationship", which keeps the reason and the day',
  ),
  parentLoop: fixed('An account cannot be its own parent or a parent of its parent'),
  reportsElsewhere: template(
    ['name', 'account'],
    ({ name, account }) =>
      `Reports to must be someone at the same account: ${name} works at ${account}`,
  ),
  orgChartLoop: fixed('This would make the org chart a loop'),
  contactElsewhere: template(
    ['id'],
    ({ id }) => `Contact ${id} works at another account; only this account's contacts can be named`,
  ),
  alreadyEnded: template(
    ['account'],
    ({ account }) => `The relationship with ${account} was already ended`,
  ),
  alreadyEndedOn: template(
    ['account', 'day'],
    ({ account, day }) => `The relationship with ${account} was already ended on ${day}`,
  ),
  // The chart's reply, checked as every reply is: seen only if the core sent a wrong one.
  wholeAmounts: fixed('Amounts must be whole numbers of at least 0, or empty'),
  hexIds: fixed('ids must be 32 hex digits per account'),
  codeDigits: fixed('codes must be 3 digits per account'),
  columnLengths: fixed('Every column must have one entry per account'),
} satisfies Record<string, MessageTemplate<string>>;

export type MessageId = keyof typeof messages;
