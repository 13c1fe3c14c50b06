// Search across the library (Ctrl+K), jumping to a passage; the settings view; the first-run
// tour; the shortcuts overlay.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { selectInArticle, test, expect, SAMPLE_TITLE, waitForCall, type Shell } from './fixtures.js';

const SHOTS = join(import.meta.dirname, '..', 'docs', 'screenshots');

async function post<T>(page: Page, shell: Shell, name: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${shell.origin}/api/${name}`, { data });
  const body = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(`${name}: ${body.error}`);
  return body.value;
}

async function sampleId(page: Page, shell: Shell): Promise<string> {
  const list = await post<{ id: string; title: string }[]>(page, shell, 'articles:list', {});
  return list.find((a) => a.title === SAMPLE_TITLE)!.id;
}

test.describe('search', () => {
  test('Ctrl+K finds text with marked snippets, arrows move, Enter jumps to the passage and flashes the words', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('dialog', { name: 'Search the library' });
    const box = palette.getByRole('combobox', { name: 'Search the library' });
    await expect(box).toBeFocused();
    await box.fill('fentanyl');
    const options = palette.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(options.first().locator('mark').first()).toHaveText(/fentanyl/i);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const count = await options.count();
    if (count > 1) {
      await box.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await box.press('ArrowUp');
    }
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(/#\/read\/[0-9a-f]{16}$/);
    const flash = page.locator('[data-flash]');
    await expect(flash.first()).toHaveText(/fentanyl/i);
    await expect(flash.first()).toBeInViewport();
  });

  test('a note, a highlight and a card are found and open their tab; Esc closes; the header button opens it too', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    const id = await sampleId(page, shell);
    await post(page, shell, 'notes:set', { articleId: id, markdown: 'My thought about zeppelins and diplomacy.' });
    const detail = await post<{ blocks: { type: string; text: string }[] }>(page, shell, 'articles:get', { id });
    const paragraph = detail.blocks.findIndex((b) => b.type === 'paragraph' && b.text.length > 80);
    await post(page, shell, 'highlights:add', { articleId: id, startParagraph: paragraph, start: 0, endParagraph: paragraph, end: 40, color: 'green', note: 'marmalade remark' });

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const palette = page.getByRole('dialog', { name: 'Search the library' });
    const box = palette.getByRole('combobox');
    await box.fill('zeppelins');
    await expect(palette.getByRole('option').first()).toContainText('Note');
    await box.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Study panel' });
    await expect(panel.getByRole('tab', { name: 'Note' })).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('ControlOrMeta+k');
    await box.fill('marmalade');
    await expect(palette.getByRole('option').first()).toContainText('Highlight');
    await box.press('Enter');
    await expect(panel.getByRole('tab', { name: /Highlights/ })).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('ControlOrMeta+k');
    await box.fill('zzzqqq');
    await expect(palette.getByRole('status')).toContainText('Nothing found');
    await box.press('Escape');
    await expect(palette).toBeHidden();
  });

  test('a selection in the reader searches the library for its words', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    await selectInArticle(page, 'Blinken’s stay');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('dialog', { name: 'Search the library' }).getByRole('combobox');
    await expect(box).toHaveValue('Blinken’s stay');
    await expect(page.getByRole('dialog', { name: 'Search the library' }).getByRole('option').first()).toBeVisible();
  });
});

test.describe('settings', () => {
  test('Ctrl+, opens settings; bad numbers are refused with a message; good ones are saved and kept', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+,');
    await expect(page).toHaveURL(/#\/settings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const retention = page.getByLabel('Desired retention');
    await expect(retention).toHaveValue('90');
    await expect(page.getByText('lectern --home DIR serve')).toBeVisible();
    await expect(page.locator('code.path')).toHaveText(shell.home);

    await retention.fill('150');
    await page.getByLabel('New cards per day').fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toHaveText('2 settings need a change before saving.');
    await expect(retention).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Desired retention is 70–99 %.')).toBeVisible();
    await expect(retention).toBeFocused();

    await retention.fill('85');
    await page.getByLabel('New cards per day').fill('12');
    await page.getByLabel('Reader font size').fill('21');
    await page.getByLabel('Cards per 100 words').fill('2');
    await page.getByRole('radio', { name: /Sepia/ }).check();
    const saved = waitForCall(page, 'study:setSettings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await saved;
    await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');

    const study = await post<{ retention: number; newPerDay: number; cardsPer100Words: number }>(page, shell, 'study:settings', {});
    expect(study).toMatchObject({ retention: 0.85, newPerDay: 12, cardsPer100Words: 2 });
    await page.reload();
    await expect(page.getByLabel('Desired retention')).toHaveValue('85');
    await expect(page.getByLabel('Reader font size')).toHaveValue('21');
    await expect(page.getByRole('radio', { name: /Sepia/ })).toBeChecked();
  });

  test('the System theme follows the system’s light or dark', async ({ page, shell }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${shell.url}#/settings`);
    await page.getByRole('radio', { name: /System/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 25)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(247, 246, 243)');
  });
});

test.describe('shortcuts', () => {
  test('? lists the shortcuts by area, not while typing', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const area of ['Everywhere', 'Library', 'Reader', 'Selected text', 'Triage of new cards', 'Study']) {
      await expect(dialog.getByRole('heading', { name: area })).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('?');
    await expect(dialog).toBeHidden();
  });
});

test.describe('first-run tour', () => {
  test.use({ tour: true });

  test('shows once over the sample: steps forward and back, skip, and not again after a reload', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    const tour = page.getByRole('dialog', { name: 'Read in peace' });
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('1 of 4');
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
    await tour.getByRole('button', { name: 'Next' }).click();
    const cards = page.getByRole('dialog', { name: 'Cards to remember it' });
    await expect(cards).toContainText('2 of 4');
    await cards.getByRole('button', { name: 'Back' }).click();
    await expect(tour).toBeVisible();
    const saved = waitForCall(page, 'settings:set');
    await tour.getByRole('button', { name: 'Skip tour' }).click();
    await saved;
    await expect(page.getByText(/Tour · \d of 4/)).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByText(/Tour · \d of 4/)).toHaveCount(0);
    const s = await post<{ tourSeen: boolean }>(page, shell, 'settings:get', {});
    expect(s.tourSeen).toBe(true);
  });

  test('goes through all four steps to Done', async ({ page, shell }) => {
    await page.goto(shell.url);
    for (const title of ['Read in peace', 'Cards to remember it', 'Highlights, notes and a summary']) {
      await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Next' }).click();
    }
    const last = page.getByRole('dialog', { name: 'Take it with you' });
    await expect(last).toContainText('4 of 4');
    await last.getByRole('button', { name: 'Done' }).click();
    await expect(last).toBeHidden();
  });
});

test.describe('screenshots', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('screenshots of search and settings', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('dialog', { name: 'Search the library' });
    await palette.getByRole('combobox').fill('China');
    await expect(palette.getByRole('option').nth(2)).toBeVisible();
    await palette.getByRole('combobox').press('ArrowDown');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SHOTS, 'search.png') });
    await palette.getByRole('combobox').press('Escape');

    await page.keyboard.press('ControlOrMeta+,');
    await expect(page.getByLabel('Desired retention')).toHaveValue('90');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(SHOTS, 'settings.png') });
  });
});
