/**
 * Retakes the README's pictures and the board's, the list's board to drop on, coverage
 * gaps' and reports' in docs/screenshots
 * (English and Persian): a fresh demo book served by `rapport web`, photographed in
 * Chromium. Run with `npx tsx scripts/screenshots.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin/rapport.cjs');
const docs = path.join(root, 'docs');
const shots = path.join(docs, 'screenshots');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-shots-'));
  const db = path.join(dir, 'demo.db');
  spawnSync(process.execPath, [cli, 'demo', '--db', db, '--accounts', '1000'], {
    stdio: 'inherit',
  });
  const showcase = strategicAccountWithSites(db);
  const recut = busiestCorner(db);
  const web = spawn(process.execPath, [cli, 'web', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    web.stdout.on('data', (chunk: Buffer) => {
      const found = /running at (\S+)/.exec(chunk.toString());
      if (found?.[1]) resolve(found[1]);
    });
  });
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await page.goto(url);
    await page.getByRole('table', { name: 'Account list' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(docs, 'account-list.png') });
    await page.getByRole('combobox', { name: 'Search' }).fill(showcase);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Covering team' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(docs, 'account-page.png'), fullPage: true });
    await staffingShots(page, url);
    await territorySuggestions(browser, url, recut);
    // A new account nobody owns yet, so the report shows that gap and its fix too.
    await call(url, 'createAccount', { name: 'Nordkapp Marine AS', country: 'NO', tier: 'A' });
    for (const language of ['en', 'fa'] as const) await boardAndGaps(browser, url, language);
  } finally {
    await browser.close();
    web.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Calls the web host's API as the page does (its launch token is in the address). */
async function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const address = new URL(url);
  const res = await fetch(new URL(`/api/${method}`, address.origin), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${address.searchParams.get('token')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`);
  return body.value;
}

/**
 * The staffing dialog (docs/screenshots/staffing-<language>.png), as the demo's lead
 * sees it on a key account of their own: a sales lead and an application engineer at
 * 70/30, a service overlay until a planned day, and the quality engineer their team's
 * template asks for still missing.
 */
async function staffingShots(page: Page, url: string): Promise<void> {
  type Member = { id: string; name: string; function: string; teamId: string | null };
  const lead = (await call<{ member: Member }>(url, 'profile', {})).member;
  await call(url, 'updateTeam', {
    id: lead.teamId,
    patch: { template: ['application_engineer', 'quality_engineer'] },
  });
  const members = await call<Member[]>(url, 'listTeamMembers', {});
  const first = (fn: string) => members.find((m) => m.function === fn)!;
  const account = await call<{ id: string; name: string }>(url, 'createAccount', {
    name: 'Nordlys Aquaculture ASA',
    country: 'NO',
    salesForce: 'strategic',
    tier: 'A',
    ownerId: lead.id,
  });
  const owner = (
    await call<{ coverage: { id: string }[] }>(url, 'getStaffing', {
      accountId: account.id,
    })
  ).coverage[0]!;
  await call(url, 'staffAccount', {
    accountId: account.id,
    team: [
      { id: owner.id, memberId: lead.id, role: 'account_manager', isOwner: true, creditShare: 70 },
      { memberId: first('application_engineer').id, role: 'application_engineer', creditShare: 30 },
      {
        memberId: first('service').id,
        role: 'service',
        overlay: true,
        creditShare: 10,
        validTo: `${new Date().getFullYear() + 1}-03-31`,
      },
    ],
    reason: 'Key account from this quarter',
  });
  for (const language of ['en', 'fa'] as const) {
    const stored = JSON.stringify({ state: { language }, version: 0 });
    await page.evaluate((value) => localStorage.setItem('rapport.language', value), stored);
    await page.goto(new URL(`#/accounts/${account.id}`, url).href);
    await page.reload();
    const panel = page.locator('section').filter({ has: page.getByTestId('template-gaps') });
    await panel.getByRole('button').first().click();
    await page.getByTestId('staffing-line').nth(2).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, `staffing-${language}.png`) });
    await page.keyboard.press('Escape');
  }
}

interface Corner {
  country: string;
  region: string;
  industry: string;
  prefix: string;
}

/**
 * The territory suggestions, in English and Persian: the lead's team cuts new
 * territories out of the corner of the book with most accounts (its country, region,
 * industry and postcode prefix: more specific than the demo's rules), each with a rep,
 * two of them alike (a tie); three new accounts there have no owner yet.
 */
async function territorySuggestions(browser: Browser, url: string, corner: Corner) {
  const { origin, searchParams } = new URL(url);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${searchParams.get('token')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value: T };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
    return body.value;
  };
  const { member } = await call<{ member: { teamId: string } }>('profile', {});
  const place = {
    countries: [corner.country],
    regions: [corner.region],
    industries: [corner.industry],
  };
  // The whole prefix; a narrower range of it; the same range again (a tie).
  const narrower = [`${corner.prefix}0-${corner.prefix}4`];
  const cuts = [
    [`${corner.region} ${corner.industry}`, 'Ingrid Solberg', [corner.prefix]],
    [`${corner.region} ${corner.industry} A`, 'Arash Karimi', narrower],
    [`${corner.region} ${corner.industry} B`, 'Linh Tran', narrower],
  ] as const;
  for (const [territory, rep, postcodes] of cuts) {
    const made = await call<{ id: string }>('createTerritory', {
      name: territory,
      teamId: member.teamId,
      rules: { ...place, postcodes },
    });
    await call('createTeamMember', {
      name: rep,
      salesForce: 'geographic',
      teamId: member.teamId,
      territoryId: made.id,
    });
  }
  for (const name of ['Nordvik Emballasje', 'Kystlinje Pakk', 'Havbris Industri']) {
    await call('createAccount', {
      name,
      country: corner.country,
      region: corner.region,
      industry: corner.industry,
      postcode: `${corner.prefix}71`,
    });
  }
  for (const language of ['en', 'fa'] as const) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const stored = JSON.stringify({ state: { language }, version: 0 });
    await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
    await page.goto(url);
    await page.goto(`${origin}/#/territories/suggestions`);
    await page.getByTestId('suggestions').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(docs, 'screenshots', `suggestions-${language}.png`) });
    await page.close();
  }
}

/** The country, region, industry and two-digit postcode prefix with most geographic accounts. */
function busiestCorner(file: string): Corner {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT country, region, industry, substr(postcode, 1, 2) AS prefix FROM accounts
         WHERE sales_force = 'geographic' AND country IS NOT NULL AND region IS NOT NULL
           AND industry IS NOT NULL AND postcode GLOB '[0-9][0-9]*'
         GROUP BY 1, 2, 3, 4 ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as Corner;
  } finally {
    db.close();
  }
}

/** The demo lead's board and coverage gaps, in one language. */
async function boardAndGaps(browser: Browser, url: string, language: 'en' | 'fa'): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1400 } });
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(url);
  await page.getByRole('table').first().waitFor();
  // Accounts picked in the list, with the board of reps to drop them on.
  for (const i of [1, 2, 3]) await page.getByRole('row').nth(i).getByRole('checkbox').click();
  await page
    .getByRole('region', { name: language === 'en' ? /^Reps to move/ : /^نمایندگانی/ })
    .waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(shots, `move-board-${language}.png`) });
  await page.goto(new URL('/#/board', url).href);
  await page.locator('[role="img"] canvas').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(shots, `board-${language}.png`) });
  await page.goto(new URL('/#/gaps', url).href);
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(shots, `gaps-${language}.png`) });
  // Reports: one exported (its file downloaded), then the list's export dialog.
  await page.setViewportSize({ width: 1360, height: 700 });
  await page.goto(new URL('/#/reports', url).href);
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region').nth(1).getByRole('button').last().click(),
  ]);
  await page.getByRole('status').first().waitFor();
  await page.waitForTimeout(600); // the button's spinner fades out
  await page.screenshot({ path: path.join(shots, `reports-${language}.png`) });
  await page.goto(new URL('/#/accounts', url).href);
  await page.getByRole('table').first().waitFor();
  await page.getByRole('button', { name: language === 'en' ? 'Export…' : 'خروجی…' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(shots, `export-list-${language}.png`) });
  await page.close();
}

/** A key customer with sites and a covering team: the page that shows the most. */
function strategicAccountWithSites(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.name FROM accounts a
         WHERE a.tier = 'A' AND a.sales_force = 'strategic'
           AND EXISTS (SELECT 1 FROM accounts s WHERE s.parent_id = a.id)
           AND (SELECT count(*) FROM assignments WHERE account_id = a.id AND valid_to IS NULL) >= 2
         ORDER BY a.sort_name LIMIT 1`,
      )
      .pluck()
      .get() as string;
  } finally {
    db.close();
  }
}

void main();
