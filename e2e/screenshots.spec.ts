// Keeps docs/screenshots/ current: the reader (sample, light theme, study panel open) and the library.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE } from './fixtures.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

const EXTRA = [
  ['slow-reading.md', '# The case for slow reading\n\nBy Mara Quint\n\nReading slowly is not a failure of speed but a choice of depth.\n'],
  ['tides.txt', 'How tides work\n\nThe moon pulls the sea, and the sea answers twice a day.\n'],
] as const;

/** No passing notices, hover or focus rings in the picture. */
async function calm(page: Page): Promise<void> {
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
}

test.use({ viewport: { width: 1440, height: 900 } });

test('screenshots of the reader and the library', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await page.getByLabel('Import files').setInputFiles(EXTRA.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  await expect(page.getByRole('link', { name: 'How tides work' })).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
  await row.getByRole('button', { name: 'Rename and tag' }).click();
  await page.getByRole('dialog', { name: 'Rename and tag' }).getByLabel('Tags').fill('politics, china');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row).toContainText('politics');
  await page.getByRole('listitem').filter({ hasText: 'How tides work' }).getByRole('button', { name: 'Favourite' }).click();
  await calm(page);
  await page.screenshot({ path: join(OUT, 'library.png') });

  await page.getByRole('link', { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole('complementary', { name: 'Study panel' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('heading', { level: 2, name: 'More in tune with Qin' })).toBeVisible();
  await calm(page);
  await page.screenshot({ path: join(OUT, 'reader.png') });
});
