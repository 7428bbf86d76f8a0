import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  accountsByName,
  count,
  csv,
  encoded,
  importBook,
  runImport,
  xlsx,
} from '../../support/importBook';

let book: ReturnType<typeof importBook>;
beforeEach(() => {
  book = importBook();
});
afterEach(() => book.close());

/** A Salesforce account export: a child before its parent, and a parent nobody has. */
const SALESFORCE = [
  [
    'Account ID',
    'Account Name',
    'Parent Account ID',
    'BillingCountry',
    'BillingCity',
    'Industry',
    'Type',
    'Website',
  ],
  [
    '0015g00000AAAA2',
    'Acme Vietnam',
    '0015g00000AAAA1',
    'Viet Nam',
    'Hà Nội',
    'Machinery',
    'Customer - Direct',
    'acme.vn',
  ],
  [
    '0015g00000AAAA1',
    'Acme Group',
    '',
    'Norge',
    'Oslo',
    'Machinery',
    'Customer - Direct',
    'acme.no',
  ],
  [
    '0015g00000AAAA3',
    'Acme Hanoi Plant',
    '0015g00000AAAA2',
    'VN',
    'Hà Nội',
    'Machinery',
    'Customer - Channel',
    '',
  ],
  [
    '0015g00000AAAA4',
    'Lost Child',
    '0015g00000ZZZZ9',
    'United States',
    'Boston',
    '',
    'Prospect',
    '',
  ],
  [
    '0015g00000AAAA5',
    'Tehran Trading',
    '',
    'Iran, Islamic Republic of',
    'Tehran',
    '',
    'Channel Partner / Reseller',
    '',
  ],
];

describe('a Salesforce export', () => {
  it('links parents given by id, whether they come later in the file, and reports a parent missing', async () => {
    const file = book.write('salesforce.csv', csv(SALESFORCE));
    const result = await runImport(book.core, { kind: 'accounts', path: file });
    expect(result).toMatchObject({ rows: 5, created: 4, updated: 0, errors: 1 });
    expect(result.firstErrors).toEqual([
      { line: 5, reason: 'Parent account 0015g00000ZZZZ9 is neither in the file nor in the book' },
    ]);
    const accounts = accountsByName(book.core);
    expect(accounts.get('Acme Vietnam')).toMatchObject({
      parent: 'Acme Group',
      country: 'VN',
      externalId: '0015g00000AAAA2',
    });
    expect(accounts.get('Acme Hanoi Plant')?.parent).toBe('Acme Vietnam');
    expect(accounts.get('Acme Group')).toMatchObject({ parent: null, country: 'NO' });
    expect(accounts.get('Tehran Trading')?.country).toBe('IR');
    expect(accounts.has('Lost Child')).toBe(false);
    // each new account is logged once, with its parent: it syncs as any new account
    const logged = book.core.db
      .prepare("SELECT count(*) FROM changes WHERE tbl = 'accounts' AND field = 'parentId'")
      .pluck()
      .get();
    expect(logged).toBe(2);
  });

  it('updates the accounts on a second import instead of adding them again, and links a parent already in the book', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write('first.csv', csv(SALESFORCE)),
    });
    const changed = SALESFORCE.map((row) => [...row]);
    changed[2]![4] = 'Bergen';
    changed[4]![2] = '0015g00000AAAA1'; // the lost child's parent is in the book now
    const again = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('again.csv', csv(changed)),
    });
    expect(again).toMatchObject({ created: 1, updated: 1, unchanged: 3, errors: 0 });
    expect(count(book.core, 'SELECT count(*) FROM accounts')).toBe(5);
    const accounts = accountsByName(book.core);
    expect(accounts.get('Acme Group')?.city).toBe('Bergen');
    expect(accounts.get('Lost Child')?.parent).toBe('Acme Group');
  });

  it('matches an account of the book by its name and country when the file has no id for it, and gives it the id', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write(
        'plain.csv',
        csv([
          ['Name', 'Country', 'City'],
          ['ACME  group', 'NO', 'Oslo'],
          ['Acme Group', 'SE', 'Malmö'],
        ]),
      ),
    });
    const result = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('sf.csv', csv(SALESFORCE.slice(0, 3))),
    });
    expect(result).toMatchObject({ created: 1, updated: 1, errors: 0 });
    expect(
      count(
        book.core,
        "SELECT count(*) FROM accounts WHERE external_id = '0015g00000AAAA1' AND country = 'NO'",
      ),
    ).toBe(1);
    expect(
      count(
        book.core,
        "SELECT count(*) FROM accounts WHERE country = 'SE' AND external_id IS NULL",
      ),
    ).toBe(1);
  });

  it('refuses a row that repeats an earlier one, naming its line', async () => {
    const file = book.write(
      'twice.csv',
      csv([
        ['Name', 'Country'],
        ['Acme', 'NO'],
        ['Beta', 'NO'],
        ['acme', 'Norway'],
      ]),
    );
    const result = await runImport(book.core, { kind: 'accounts', path: file });
    expect(result.firstErrors).toEqual([{ line: 4, reason: 'The same record as line 2' }]);
    expect(result.created).toBe(2);
  });
});

describe('other systems and encodings', () => {
  it('reads HubSpot company columns, and lists the columns it ignores', async () => {
    const file = book.write(
      'hubspot.csv',
      csv([
        [
          'Record ID',
          'Company name',
          'Country/Region',
          'City',
          'Industry',
          'Company Domain Name',
          'Phone Number',
          'Lifecycle Stage',
          'Number of Employees',
        ],
        [
          '9001',
          'Fjord Fisk AS',
          'Norway',
          'Tromsø',
          'Fishing',
          'fjordfisk.no',
          '+47 22 00 00 00',
          'customer',
          '120',
        ],
      ]),
    );
    const result = await runImport(book.core, { kind: 'accounts', path: file });
    expect(result).toMatchObject({
      created: 1,
      errors: 0,
      ignoredColumns: ['Lifecycle Stage', 'Number of Employees'],
    });
    const row = book.core.db
      .prepare(
        "SELECT external_id, country, city, industry, website, phone FROM accounts WHERE name = 'Fjord Fisk AS'",
      )
      .get();
    expect(row).toEqual({
      external_id: '9001',
      country: 'NO',
      city: 'Tromsø',
      industry: 'Fishing',
      website: 'fjordfisk.no',
      phone: '+47 22 00 00 00',
    });
  });

  it.each([
    ['Windows-1252 with ;', 'windows-1252', ';'],
    ['UTF-16 LE with tabs', 'utf16le', '\t'],
    ['UTF-16 BE with ;', 'utf16be', ';'],
  ] as const)('reads %s', async (_, encoding, delimiter) => {
    const text = csv(
      [
        ['Firmanavn', 'Land', 'Sted'],
        ['Ærøskøbing Bådeværft', 'Danmark', 'Ærø'],
        ['Café Déjà Vu', 'France', 'Besançon'],
      ],
      delimiter,
    );
    const file = book.write('excel.csv', encoded(text, encoding));
    const result = await runImport(book.core, {
      kind: 'accounts',
      path: file,
      map: { Firmanavn: 'name', Land: 'country', Sted: 'city' },
    });
    expect(result).toMatchObject({ created: 2, errors: 0, ignoredColumns: [] });
    expect(accountsByName(book.core).get('Ærøskøbing Bådeværft')).toMatchObject({
      country: 'DK',
      city: 'Ærø',
    });
    expect(accountsByName(book.core).get('Café Déjà Vu')).toMatchObject({
      country: 'FR',
      city: 'Besançon',
    });
  });

  it('reads an XLSX list, its dates as days', async () => {
    const file = await xlsx(path.join(book.dir, 'list.xlsx'), [
      ['Name', 'Country', 'Customer since'],
      ['Saigon Steel', 'Việt Nam', new Date(Date.UTC(2019, 4, 1))],
      ['Oslo Stål', 'NO', '2020-02-29'],
    ]);
    const result = await runImport(book.core, { kind: 'accounts', path: file });
    expect(result).toMatchObject({ created: 2, errors: 0 });
    const days = book.core.db
      .prepare('SELECT name, country, customer_since AS d FROM accounts ORDER BY name')
      .all();
    expect(days).toEqual([
      { name: 'Oslo Stål', country: 'NO', d: Date.UTC(2020, 1, 29) / 86_400_000 },
      { name: 'Saigon Steel', country: 'VN', d: Date.UTC(2019, 4, 1) / 86_400_000 },
    ]);
  });
});

describe('contacts', () => {
  it('link to their account by its id or its name, and are matched within it on a second import', async () => {
    await runImport(book.core, { kind: 'accounts', path: book.write('sf.csv', csv(SALESFORCE)) });
    const contacts = csv([
      ['First Name', 'Last Name', 'Title', 'Email', 'Account ID', 'Account Name'],
      ['Linh', 'Nguyễn', 'CFO', 'linh@acme.vn', '0015g00000AAAA2', ''],
      ['Kari', 'Nordmann', 'CEO', 'kari@acme.no', '', 'ACME GROUP'],
      ['Nobody', 'Known', '', '', '', 'No Such AS'],
      ['No', 'Account', '', '', '', ''],
    ]);
    const first = await runImport(book.core, {
      kind: 'contacts',
      path: book.write('c.csv', contacts),
    });
    expect(first).toMatchObject({ created: 2, errors: 2 });
    expect(first.firstErrors).toEqual([
      { line: 4, reason: "No account No Such AS in the file's book" },
      { line: 5, reason: "The contact's account is not given (its account id or name)" },
    ]);
    const linked = book.core.db
      .prepare(
        'SELECT c.name, a.name AS account FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.name',
      )
      .all();
    expect(linked).toEqual([
      { name: 'Kari Nordmann', account: 'Acme Group' },
      { name: 'Linh Nguyễn', account: 'Acme Vietnam' },
    ]);
    const again = await runImport(book.core, {
      kind: 'contacts',
      path: book.write('c2.csv', contacts.replace('CFO', 'CEO')),
    });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(count(book.core, 'SELECT count(*) FROM contacts')).toBe(2);
  });
});
