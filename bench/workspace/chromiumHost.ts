/**
 * A book served by the web host and a Chromium to open it in: what the bench's
 * in-browser figures share. Needs the built renderer (`npx electron-vite build`).
 */
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createCore, type Core } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/open';
import { startWebHost, type WebHost } from '../../src/main/web/server';

export interface BookInChromium {
  core: Core;
  host: WebHost;
  browser: Browser;
}

/** Serves `file` (an older book is migrated, so give it a copy) for the length of `run`. */
export async function withBookInChromium<T>(
  file: string,
  run: (book: BookInChromium) => Promise<T>,
): Promise<T> {
  const core = createCore(openDatabase(file));
  const host = await startWebHost({
    core,
    rendererDir: path.resolve(__dirname, '../../out/renderer'),
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    return await run({ core, host, browser });
  } finally {
    await browser.close();
    await host.close();
    core.close();
  }
}
