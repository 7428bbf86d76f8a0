/**
 * The app's speed in Chromium against the web host (issue 13): a cold start to the
 * first list painted (goal ≤ 1 s at 100k) and a keystroke to results painted in the
 * header's search box and in the palette (goal ≤ 100 ms). Needs the built renderer
 * (`npx electron-vite build`). Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/chromium.ts FILE` (it works on a copy of FILE).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  coldStart,
  keystrokesToPaint,
  minMedianMax,
  percentile,
  type ColdStart,
} from '../../test/support/paintTimings';
import type { Core } from '../../src/main/core/core';
import { withBookInChromium } from './chromiumHost';
import { selectionPaint, type Paint } from './selectionPaint';

const COLD_STARTS = 5;
const KEYSTROKES = 24;

export interface ChromiumFigures {
  accounts: number;
  /** Each cold start after one warm-up (the host's own caches are warm). */
  coldStarts: ColdStart[];
  search: number[];
  palette: number[];
  /** Customer selection as an admin, whose chart holds every account. */
  selection: Paint[];
}

/**
 * Whole account names, as a rep types them, until there are enough keystrokes; each box
 * gets other names (`from`), so neither finds its answers cached by the other.
 */
function namesToType(core: Core, from: number): string[] {
  const names = core.db
    .prepare(
      `SELECT name FROM accounts WHERE deleted = 0 AND archived = 0
       ORDER BY rid LIMIT 20 OFFSET ?`,
    )
    .pluck()
    .all(from) as string[];
  const chosen: string[] = [];
  for (let keys = 0; keys < KEYSTROKES && names.length > 0;) {
    const name = names.shift()!;
    chosen.push(name);
    keys += name.length;
  }
  return chosen;
}

async function typeEach(page: Page, list: 'search' | 'palette', names: string[]) {
  const times: number[] = [];
  for (const name of names) {
    times.push(...(await keystrokesToPaint(page, list, name)));
    await page.keyboard.press('ControlOrMeta+KeyA');
    await page.keyboard.press('Backspace');
  }
  return times;
}

/** Times the app on a copy of `file` (the host migrates an older book, and may write). */
export async function chromiumFigures(file: string): Promise<ChromiumFigures> {
  const copy = path.join(os.tmpdir(), `rapport-bench-chromium-${process.pid}.db`);
  fs.copyFileSync(file, copy);
  try {
    const typing = await chromiumOn(copy);
    // last: it makes the copy's profile an admin
    return { ...typing, selection: await selectionPaint(copy) };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  }
}

function chromiumOn(file: string): Promise<Omit<ChromiumFigures, 'selection'>> {
  return withBookInChromium(file, async ({ core, host, browser }) => {
    const accounts = core.db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
    await coldStart(browser, host.openUrl);
    const coldStarts: ColdStart[] = [];
    for (let run = 0; run < COLD_STARTS; run++) {
      coldStarts.push(await coldStart(browser, host.openUrl));
    }
    const typed = namesToType(core, 4321);
    const typedInPalette = namesToType(core, 7654);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.openUrl);
    await page.getByRole('table').first().waitFor();
    await page.getByRole('combobox', { name: 'Search' }).click();
    const search = await typeEach(page, 'search', typed);
    await page.keyboard.press('ControlOrMeta+KeyK');
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    const palette = await typeEach(page, 'palette', typedInPalette);
    await page.close();
    return { accounts, coldStarts, search, palette };
  });
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const spreadMs = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)} ms`;

export function chromiumRows(f: ChromiumFigures) {
  const cold = (pick: (c: ColdStart) => number) => minMedianMax(f.coldStarts.map(pick));
  const list = cold((c) => c.firstList);
  const committed = cold((c) => c.committed);
  const firstPaint = cold((c) => c.firstPaint);
  const kb = (f.coldStarts[0]?.assetBytes ?? NaN) / 1024;
  const keys = (who: string, times: number[]) => ({
    measure: `Chromium: keystroke to results painted, ${who} (${times.length} keys, whole account names; p50 / p95 / max)`,
    value: `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(Math.max(...times))}`,
    goal: '≤ 100 ms',
  });
  return [
    {
      measure: `Chromium: cold start to the first list painted, ${f.accounts.toLocaleString('en')} accounts (${f.coldStarts.length} runs; min / median / max)`,
      value: `${ms(list.min)} / ${ms(list.median)} / ${ms(list.max)}`,
      goal: '≤ 1 s',
    },
    {
      measure: `Chromium: cold start, first contentful paint / rows committed (medians; ${kb.toFixed(0)} KB of script and style)`,
      value: `${ms(firstPaint.median)} / ${ms(committed.median)}`,
      goal: '',
    },
    keys("the header's search box", f.search),
    keys('the palette (Ctrl+K)', f.palette),
    {
      measure: `Chromium: customer selection as an admin (every account), click to chart painted / to all points drawn (${f.selection.length} runs; min–max)`,
      value: `${spreadMs(f.selection.map((p) => p.inPage))} / ${spreadMs(f.selection.map((p) => p.drawn))}`,
      goal: 'smooth',
    },
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/chromium.ts FILE');
  void chromiumFigures(file).then((figures) => console.table(chromiumRows(figures)));
}
