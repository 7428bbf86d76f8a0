import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Where screenshots go when asked for (RAPPORT_SCREENSHOTS=1): the docs' own folder. */
const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

/** The page as a person sees it, written to docs/screenshots/<name> when asked for. */
export async function screenshot(page: Page, name: string, height = 1000): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height });
  // Let a resize's layout and any transition settle before the picture.
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, name) });
}
