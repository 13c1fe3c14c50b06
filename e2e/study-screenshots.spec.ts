// Keeps docs/screenshots/study.png (a session with a revealed card) and stats.png current.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, keepAllSampleCards } from './fixtures.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

async function calm(page: Page): Promise<void> {
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
}

test.use({ viewport: { width: 1440, height: 900 } });

test('screenshots of a study session and the statistics', async ({ page, shell }) => {
  await keepAllSampleCards(page, shell);
  await page.getByRole('link', { name: 'Study this article' }).click();
  await expect(page.getByRole('article', { name: 'Card' })).toBeVisible();
  const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
  // A few grades first, so the session shows progress and the statistics have data.
  for (const [i, grade] of ['3', '1', '3'].entries()) {
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press(grade);
    await expect(progress).toContainText(`${i + 1} done`);
  }
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
  await calm(page);
  await page.screenshot({ path: join(OUT, 'study.png') });

  // Tall enough for all five charts.
  await page.setViewportSize({ width: 1440, height: 1040 });
  // Charts drawn at once (no animation caught half-way).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${shell.url}#/stats`);
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(5);
  await calm(page);
  await page.screenshot({ path: join(OUT, 'stats.png') });
});
