import type { Page } from '@playwright/test';
import en from '../../src/renderer/src/importing/i18n/en.json';
import fa from '../../src/renderer/src/importing/i18n/fa.json';
import { appUrl } from './app';

/** A Salesforce-style export with one row whose country is unknown. */
export function salesforceFile(tag: string) {
  const lines = [
    'Account ID,Account Name,Billing Country,Billing City,Nettsted',
    `SF-${tag}-1,Fjordbris ${tag} AS,Norway,Tromsø,fjordbris.no`,
    `SF-${tag}-2,Sông Hồng ${tag},Atlantis,Hà Nội,songhong.vn`,
    `SF-${tag}-3,Mekong Mills ${tag},Viet Nam,Cần Thơ,mekongmills.vn`,
  ];
  return {
    name: `salesforce-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
  };
}

/** Opens `#/import` in the language and hands the file to the page's file input. */
export async function uploadFile(page: Page, tag: string, language: 'en' | 'fa' = 'en') {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await page.goto(new URL('/#/import', appUrl()).href);
  const input = page.locator('input[type=file]');
  await input.setInputFiles(salesforceFile(tag));
  return page.getByRole('table', { name: { en, fa }[language].importScreen.mapping });
}
