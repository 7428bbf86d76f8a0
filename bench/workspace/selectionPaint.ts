/**
 * Customer selection in Chromium through the web host (issue 13: smooth with 100k
 * points): from a click on the sidebar link to the chart drawn, for an admin, whose
 * chart holds every account. Reported, not asserted. Needs the built renderer
 * (`npx electron-vite build`) and Chromium; alone:
 * `npx tsx bench/workspace/selectionPaint.ts FILE` — FILE is changed (its profile
 * becomes an admin), so give it a copy of a book.
 */
import { withBookInChromium } from './chromiumHost';

const ROUNDS = 3;

export interface Paint {
  /** From Playwright's click() to the table filled and the chart's first frame painted. */
  painted: number;
  /** The same from the click event in the page: without Playwright's own checks and waits. */
  inPage: number;
  /** From the click event to the chart's last progressive frame (its aria-busy cleared). */
  drawn: number;
}

/** The time of the last click in the page's clock, and the time since it. */
const SINCE_CLICK = '(() => Math.round(performance.now() - window.clickedAt))()';

export async function selectionPaint(file: string): Promise<Paint[]> {
  return withBookInChromium(file, async ({ core, host, browser }) => {
    core.db
      .prepare(
        `UPDATE team_members SET app_role = 'admin'
         WHERE id = (SELECT unhex(value) FROM meta WHERE key = 'profile_member_id')`,
      )
      .run();
    const times: Paint[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(
        "addEventListener('click', (e) => { window.clickedAt = e.timeStamp; }, true)",
      );
      await page.goto(host.openUrl);
      await page.getByRole('table').first().waitFor();
      const start = Date.now();
      await page.getByRole('link', { name: 'Customer selection' }).click();
      await page
        .getByRole('table', { name: /Accounts in the chart/ })
        .getByRole('link')
        .first()
        .waitFor({ timeout: 120_000 });
      // The chart is drawn in the same render; wait for the frame that shows it.
      // (a string: this file is typed for Node, which has no requestAnimationFrame)
      await page.evaluate(
        'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
      );
      const painted = Date.now() - start;
      const inPage = (await page.evaluate(SINCE_CLICK)) as number;
      await page.locator('[data-testid="selection-chart"][aria-busy="false"]').waitFor();
      times.push({ painted, inPage, drawn: (await page.evaluate(SINCE_CLICK)) as number });
      await page.close();
    }
    return times;
  });
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/selectionPaint.ts FILE');
  void selectionPaint(file).then((times) =>
    console.log(
      `customer selection, 100k book as admin, ms: painted ${times.map((t) => t.painted).join(' / ')}; from the click event ${times.map((t) => t.inPage).join(' / ')}; all points drawn ${times.map((t) => t.drawn).join(' / ')}`,
    ),
  );
}
