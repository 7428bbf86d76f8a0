import { expect, type Page } from '@playwright/test';

/** The running web host's address with its launch token (set by globalSetup). */
export function appUrl(): string {
  const url = process.env.RAPPORT_E2E_URL;
  if (!url) throw new Error('RAPPORT_E2E_URL is not set: run through playwright.config.ts');
  return url;
}

export const origin = (): string => new URL(appUrl()).origin;
export const token = (): string => new URL(appUrl()).searchParams.get('token') ?? '';

/** Calls the API as the page does, to read what the tests compare against. */
export async function callApi<T>(method: string, input: unknown): Promise<T> {
  const res = await fetch(`${origin()}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`);
  return body.value;
}

export async function openApp(page: Page): Promise<void> {
  await page.goto(appUrl());
  await page.getByRole('table', { name: 'Account list' }).waitFor();
}

/** Opens the app in a language, as the app remembers it (zustand's persisted store, set before it starts). */
export async function inLanguage(page: Page, language: 'en' | 'fa'): Promise<void> {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
}
