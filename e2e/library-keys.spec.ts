// The library from the keyboard alone: a skip link past the header, j/k and arrows through the
// list, Enter opens, e archives, s favourites, # renames and tags, Delete trashes with undo.
// The header's icon-only buttons keep names and tooltips.
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE } from './fixtures.js';

// Two files import with a notice only (three or more open the import panel).
const NOTES = ['Alpha notes', 'Beta notes'];

async function libraryOfThree(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/`);
  await page.getByLabel('Import files').setInputFiles(NOTES.map((title) => ({ name: `${title}.md`, mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\nA short paragraph about ${title.toLowerCase()}, long enough to read.\n`) })));
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('Imported 2 articles.')).toBeVisible();
  await page.getByLabel('Sort by').selectOption('title');
  // The host sorts: the rows change once its answer is in.
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first()).toContainText('Alpha notes');
  // Start from nothing focused, as after opening the window.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const focusedTitle = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('the skip link reaches the first article in two key presses', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();

  // In the reader it lands on the article's text.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Article text' })).toBeFocused();
});

test('j/k and arrows move, Enter opens, e archives, s favourites, # tags, Delete trashes with undo', async ({ page, shell }) => {
  await libraryOfThree(page, shell.url);
  await page.keyboard.press('j');
  expect(await focusedTitle(page)).toBe('Alpha notes');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  expect(await focusedTitle(page)).toBe(SAMPLE_TITLE);
  await page.keyboard.press('j');
  expect(await focusedTitle(page), 'j stops at the last row').toBe(SAMPLE_TITLE);
  await page.keyboard.press('k');
  expect(await focusedTitle(page)).toBe('Beta notes');
  await page.keyboard.press('ArrowUp');
  expect(await focusedTitle(page)).toBe('Alpha notes');
  await page.keyboard.press('k');
  expect(await focusedTitle(page), 'k stops at the first row').toBe('Alpha notes');

  // s favourites the row; the Favourite button says so.
  const alpha = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Alpha notes' }) });
  await page.keyboard.press('s');
  await expect(alpha.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');

  // e archives it: it leaves the inbox, and the keyboard is on the next row.
  await page.keyboard.press('e');
  await expect(page.getByRole('link', { name: 'Alpha notes' })).toHaveCount(0);
  await expect.poll(() => focusedTitle(page)).toBe('Beta notes');
  await page.getByRole('button', { name: 'Archived', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Alpha notes' })).toBeVisible();
  await page.getByRole('button', { name: 'Inbox', exact: true }).click();

  // # opens rename and tag for the row.
  await page.getByRole('link', { name: 'Beta notes' }).focus();
  await page.keyboard.press('#');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox').first()).toHaveValue('Beta notes');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Delete trashes, with Undo in the notice.
  await page.getByRole('link', { name: 'Beta notes' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('link', { name: 'Beta notes' })).toHaveCount(0);
  await page.getByRole('status').locator('div').filter({ hasText: 'Moved “Beta notes” to the trash.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Beta notes' })).toBeVisible();

  // Enter opens the row the keyboard is on.
  await page.keyboard.press('j');
  expect(await focusedTitle(page)).toBe(SAMPLE_TITLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
});

test('keys typed in the filter stay in the filter', async ({ page, shell }) => {
  await libraryOfThree(page, shell.url);
  const filter = page.getByLabel('Filter by title or author');
  await filter.fill('');
  await filter.pressSequentially('jes');
  await expect(filter).toHaveValue('jes');
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toHaveCount(0);
});

test('icon-only header buttons keep their names and have tooltips at 1280 px', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  const banner = page.getByRole('banner');
  for (const name of ['Paste article', 'Import…', 'Export…', 'Search']) {
    const button = banner.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    expect(await button.getAttribute('title'), `${name} has a tooltip`).toBeTruthy();
  }
});
