// The statistics view draws its five charts with Chart.js on canvas, each named by a sentence
// and backed by a table of its numbers.
import type { Page } from '@playwright/test';
import { test, expect, keepAllSampleCards } from './fixtures.js';

async function gradeSome(page: Page, grades: readonly string[]): Promise<void> {
  await page.getByRole('complementary', { name: 'Study panel' }).getByRole('link', { name: 'Study this article' }).click();
  await expect(page.getByRole('article', { name: 'Card' })).toBeVisible();
  const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
  for (const [i, grade] of grades.entries()) {
    const choices = page.getByRole('group', { name: 'Choose the answer' });
    await expect(page.getByRole('button', { name: 'Show answer' }).or(choices)).toBeVisible();
    if (await choices.isVisible()) {
      await page.keyboard.press('1');
      await expect(progress).toContainText(`${i + 1} done`);
      await page.keyboard.press('Space');
    } else {
      await page.keyboard.press('Space');
      await page.keyboard.press(grade);
      await expect(progress).toContainText(`${i + 1} done`);
    }
    await expect(page.getByRole('status').filter({ hasText: /Graded/ })).toHaveCount(0);
  }
}

test('draws five charts after some reviews, with names, data tables and ink on the canvas', async ({ page, shell }) => {
  await keepAllSampleCards(page, shell);
  await gradeSome(page, ['3', '1', '4', '3']);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  for (const title of ['Reviews per day', 'Retention', 'Due forecast', 'Card states', 'Retention per article']) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }
  const charts = page.getByRole('main').getByRole('img');
  await expect(charts).toHaveCount(5);
  for (const chart of await charts.all()) {
    expect(await chart.evaluate((el) => el.tagName)).toBe('CANVAS');
    expect((await chart.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
  }
  await expect(charts.nth(0)).toHaveAccessibleName(/^Reviews per day over the last 30 days: 4 reviews on 1 day; \d Again, \d Hard, \d Good, \d Easy; most on .+ \(4\)\.$/);
  await expect(charts.nth(3)).toHaveAccessibleName(/Card states: \d+ new, \d+ learning, \d+ review/);
  await expect(charts.nth(4)).toHaveAccessibleName(/^Retention per article over the last 30 days, against a desired 90%: United States and China/);

  // Chart.js drew something: each canvas differs from a blank one of its size.
  await expect
    .poll(() =>
      charts.evaluateAll((canvases) =>
        (canvases as HTMLCanvasElement[]).map((c) => {
          const blank = document.createElement('canvas');
          blank.width = c.width;
          blank.height = c.height;
          return c.width > 0 && c.height > 0 && c.toDataURL() !== blank.toDataURL();
        }),
      ),
    )
    .toEqual([true, true, true, true, true]);

  // Screen readers get the numbers as tables.
  const tables = page.locator('table');
  await expect(tables).toHaveCount(5);
  await expect(tables.nth(0).locator('tbody tr')).toHaveCount(1);
  await expect(tables.nth(4)).toContainText('United States and China');

  // A change of theme re-draws with the new colours.
  const before = await charts.nth(1).evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => charts.nth(1).evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
});
