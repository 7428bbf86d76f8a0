/**
 * Speed as a person sees it in Chromium (issue 13): a cold start to the account list's
 * first rows painted, and a keystroke to its search results painted. Shared by the
 * end-to-end speed test and the bench. The page-side code is passed as strings: this
 * file is typed for Node, which has no DOM.
 */
import type { Browser, Page } from '@playwright/test';
import { FIRST_LIST_MARK } from '../../src/shared/timing';

/** A frame is on screen once the task after its requestAnimationFrame runs. */
const AFTER_PAINT = 'requestAnimationFrame(() => setTimeout(done, 0))';

/** Waits for the renderer's first-list mark and notes when the next frame was painted. */
const watchFirstList = `window.__rapportFirstList = new Promise((resolve, reject) => {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName(${JSON.stringify(FIRST_LIST_MARK)}).length === 0) return;
    observer.disconnect();
    const done = () => resolve(performance.now());
    ${AFTER_PAINT};
  }).observe({ type: 'mark', buffered: true });
  setTimeout(() => reject(new Error('No list painted within a minute')), 60000);
});`;

export interface ColdStart {
  /** Navigation start to the first rows painted, ms. */
  firstList: number;
  /** Navigation start to the rows committed by React (the renderer's mark), ms. */
  committed: number;
  /** Navigation start to the first contentful paint (the loader or the shell), ms. */
  firstPaint: number;
  /** Bytes of script and style the page fetched (decoded). */
  assetBytes: number;
}

/** Opens the app in a fresh context (nothing cached) and times its way to the first list. */
export async function coldStart(browser: Browser, url: string): Promise<ColdStart> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstList);
    await page.goto(url);
    // (strings evaluated over the DevTools protocol: the app's CSP allows no eval)
    const firstList = (await page.evaluate('window.__rapportFirstList')) as number;
    const rest = (await page.evaluate(`({
      committed: performance.getEntriesByName(${JSON.stringify(FIRST_LIST_MARK)})[0].startTime,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      assetBytes: performance.getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link')
        .reduce((sum, r) => sum + r.decodedBodySize, 0),
    })`)) as Omit<ColdStart, 'firstList'>;
    return { firstList, ...rest };
  } finally {
    await context.close();
  }
}

/** Where each search box shows its results (English labels); busy while they are stale. */
export const resultLists = {
  search: '[role="listbox"][aria-label="Search results"]',
  palette: '[role="dialog"] [aria-label="Results"]',
} as const;

/**
 * Types `text` into the focused box one key at a time; for each key, the time from its
 * keydown to the frame painted with the results for the text so far (the list no longer
 * busy and the box holding that text).
 */
export async function keystrokesToPaint(
  page: Page,
  list: keyof typeof resultLists,
  text: string,
): Promise<number[]> {
  const times: number[] = [];
  let typed = '';
  for (const key of text) {
    typed += key;
    await page.evaluate(armKeystroke(resultLists[list], typed));
    await page.keyboard.type(key);
    times.push((await page.evaluate('window.__rapportKeystroke')) as number);
  }
  return times;
}

function armKeystroke(selector: string, expected: string): string {
  // From the keydown; a letter the keyboard lacks (å, ی) is typed as text, with no
  // keydown, so then from its beforeinput.
  return `window.__rapportKeystroke = new Promise((resolve, reject) => {
    let observer = null;
    const start = (event) => {
      if (observer) return;
      const input = event.target;
      // Cheap checks first: checkVisibility() makes the browser compute styles.
      const ready = () => {
        if (input.value !== ${JSON.stringify(expected)}) return false;
        const list = document.querySelector(${JSON.stringify(selector)});
        return list !== null && list.getAttribute('aria-busy') !== 'true' &&
          list.checkVisibility();
      };
      observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        const done = () => resolve(performance.now() - event.timeStamp);
        ${AFTER_PAINT};
      });
      observer.observe(document.body, {
        subtree: true, childList: true, attributes: true, characterData: true,
      });
    };
    document.addEventListener('keydown', start, { capture: true, once: true });
    document.addEventListener('beforeinput', start, { capture: true, once: true });
    setTimeout(() => {
      observer?.disconnect();
      reject(new Error('No results painted for ' + ${JSON.stringify(expected)}));
    }, 10000);
  }); undefined`;
}

/** Smallest, middle and largest of a handful of runs. */
export function minMedianMax(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** The p-th percentile (nearest rank) of many samples. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
