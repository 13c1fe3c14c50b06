// Notes in the reader against the real host: the summary note (shown, edited, kept, reset),
// highlights made from a selection and kept across reloads, the free Markdown note (sanitised
// preview, autosaved), and a card made from a selection.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { selectInArticle, test, expect, waitForCall } from './fixtures.js';

const SENTENCE = 'Blinken’s stay in Beijing culminated on Monday with a meeting with Chinese President Xi Jinping';

function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Study panel' });
}

function articleText(page: Page) {
  return page.getByRole('region', { name: 'Article text' });
}

test.describe('the summary tab', () => {
  test('lists key points and who’s who; a key point shows its sentence in the article', async ({ page, shell }) => {
    await page.goto(shell.url);
    const panel = panelOf(page);
    await panel.getByRole('tab', { name: 'Summary' }).click();
    const points = panel.getByRole('list', { name: 'Key points' }).getByRole('button');
    await expect(points.first()).toBeVisible();
    expect(await points.count()).toBeGreaterThanOrEqual(3);
    await expect(panel.getByRole('list', { name: 'People' })).toContainText('Qin Gang — Chinese Foreign Minister');
    await expect(panel.getByRole('list', { name: 'Organisations' })).toContainText('CCTV');

    const last = points.last();
    const text = (await last.textContent())!.trim();
    await last.click();
    const flash = articleText(page).locator('[data-flash]');
    await expect(flash.first()).toBeVisible();
    expect(text.startsWith((await flash.allTextContents()).join('').slice(0, 40))).toBe(true);
    await expect(flash.first()).toBeInViewport();
    expect(await articleText(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/screenshots/notes.png' });
  });

  test('an edited key point survives a reload and a regeneration; reset brings back the generated one', async ({ page, shell }) => {
    await page.goto(shell.url);
    const panel = panelOf(page);
    await panel.getByRole('tab', { name: 'Summary' }).click();
    const points = panel.getByRole('list', { name: 'Key points' }).getByRole('button');
    const original = (await points.first().textContent())!.trim();
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    await panel.getByLabel('Key point 1', { exact: true }).fill('Blinken and Xi agreed to keep talking.');
    await panel.getByRole('button', { name: 'Remove place 1', exact: true }).click();
    await panel.getByRole('button', { name: 'Add organisation' }).click();
    await panel.getByLabel(/^Organisation \d+ name$/).last().fill('Joint fentanyl working group');
    await panel.getByLabel(/^Organisation \d+ role$/).last().fill('studies a joint task force');
    await panel.getByRole('button', { name: 'Save summary' }).click();
    await expect(points.first()).toHaveText('Blinken and Xi agreed to keep talking.');
    await expect(panel.getByText('Joint fentanyl working group')).toBeVisible();
    await expect(panel.getByText('Edited', { exact: true })).toBeVisible();

    await page.reload();
    await panel.getByRole('tab', { name: 'Cards' }).click();
    await panel.getByRole('button', { name: 'Regenerate cards' }).click();
    await expect(page.getByText(/Cards regenerated/)).toBeVisible();
    await panel.getByRole('tab', { name: 'Summary' }).click();
    await expect(points.first()).toHaveText('Blinken and Xi agreed to keep talking.');
    await expect(panel.getByText('Edited', { exact: true })).toBeVisible();

    await panel.getByRole('button', { name: 'Reset to generated' }).click();
    await expect(points.first()).toHaveText(original);
    await expect(panel.getByText('Edited', { exact: true })).toHaveCount(0);
    await page.reload();
    await panel.getByRole('tab', { name: 'Summary' }).click();
    await expect(points.first()).toHaveText(original);
  });
});

test.describe('highlights', () => {
  test('a selection highlighted in green with a note is painted, listed, kept over a reload, and shown from the list', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByText(SENTENCE)).toBeVisible();
    await selectInArticle(page, SENTENCE);
    const tools = page.getByRole('toolbar', { name: 'Selection' });
    await expect(tools).toBeVisible();
    await tools.getByRole('button', { name: 'Highlight with a note' }).click();
    const editor = page.getByRole('form', { name: 'Highlight note' });
    await editor.getByRole('radio', { name: 'Green' }).click();
    await editor.getByLabel('Note').fill('The meeting that was not on the agenda.');
    const saved = waitForCall(page, 'highlights:add');
    await editor.getByRole('button', { name: 'Save highlight' }).click();
    await saved;

    const painted = articleText(page).locator('mark.hl');
    await expect(painted).toHaveText(SENTENCE);
    await expect(painted).toHaveClass(/hl-green/);

    // A second one, with the keyboard (H highlights in yellow), once the first is done: the
    // toolbar goes when the saved selection is cleared, and a key pressed while the reader is
    // still finishing the first is ignored.
    await expect(tools).toBeHidden();
    await selectInArticle(page, 'Washington');
    await expect(tools).toBeVisible();
    await page.keyboard.press('h');
    await expect(articleText(page).locator('mark.hl-yellow')).toHaveCount(1);

    await page.reload();
    await expect(painted.first()).toBeVisible();
    await expect(articleText(page).locator('mark.hl-green')).toHaveText(SENTENCE);
    const panel = panelOf(page);
    await panel.getByRole('tab', { name: 'Highlights' }).click();
    const listed = panel.getByRole('list', { name: 'Highlights' }).locator('li[data-highlight-item]').filter({ hasText: 'The meeting that was not on the agenda.' });
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText(SENTENCE);
    const items = panel.locator(`li[data-highlight-item="${await listed.getAttribute('data-highlight-item')}"]`);

    await articleText(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(articleText(page).locator('mark.hl-green')).not.toBeInViewport();
    await items.getByRole('button', { name: /Blinken’s stay/ }).click();
    await expect(articleText(page).locator('mark.hl-green')).toBeInViewport();

    // Clicking the painted highlight brings it forward in the list; edit its tags, then filter.
    await items.getByRole('button', { name: 'Edit' }).click();
    await items.getByLabel('Tags').fill('diplomacy, xi');
    await items.getByRole('button', { name: 'Save' }).click();
    await expect(items).toContainText('#diplomacy');
    await panel.getByRole('button', { name: '#xi' }).click();
    await expect(panel.getByRole('list', { name: 'Highlights' }).locator('li[data-highlight-item]')).toHaveCount(1);
    await panel.getByRole('button', { name: 'Only yellow' }).click();
    await expect(panel.getByRole('list', { name: 'Highlights' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'All' }).click();
    await panel.getByRole('button', { name: '#xi' }).click();
    await expect(panel.getByRole('list', { name: 'Highlights' }).locator('li[data-highlight-item]')).toHaveCount(2);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'docs/screenshots/highlights.png' });

    await panel.getByRole('tab', { name: 'Cards' }).click();
    await articleText(page).locator('mark.hl-green').click();
    await expect(panel.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.locator('li[data-highlight-item]').filter({ hasText: SENTENCE })).toBeFocused();

    // Delete asks first.
    const yellow = panel.locator('li[data-highlight-item]').filter({ hasText: 'Washington' });
    await yellow.getByRole('button', { name: 'Delete' }).click();
    await yellow.getByRole('button', { name: 'Delete' }).click();
    await expect(articleText(page).locator('mark.hl-yellow')).toHaveCount(0);
  });

  test('a card made from a selection is in the Cards tab and in the card browser', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByText(SENTENCE)).toBeVisible();
    await selectInArticle(page, 'Xi Jinping');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Make card' }).click();
    await page.getByRole('dialog', { name: 'Make a card' }).getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(page.getByText(/Kept 1 card; it is in the Cards tab/)).toBeVisible();
    const panel = panelOf(page);
    await expect(panel.getByRole('tab', { name: 'Cards' })).toHaveAttribute('aria-selected', 'true');
    const made = await page.request.post(`${shell.origin}/api/cards:browse`, { data: { text: 'Xi Jinping' } });
    const cards = ((await made.json()) as { value: { front: string; back: string }[] }).value;
    const card = cards.find((c) => c.back === 'Xi Jinping' && c.front.includes('culminated'));
    expect(card).toBeTruthy();
    await expect(panel.getByRole('listitem').filter({ hasText: 'culminated on Monday' }).first()).toBeVisible();

    await page.goto(`${shell.url}#/cards`);
    await expect(page.getByRole('grid', { name: 'Cards' }).getByRole('row').filter({ hasText: card!.front })).toBeVisible();
  });
});

test.describe('the note tab', () => {
  test('renders Markdown safely in the preview and keeps the note across a reload', async ({ page, shell }) => {
    await page.goto(shell.url);
    const panel = panelOf(page);
    await panel.getByRole('tab', { name: 'Note' }).click();
    const box = panel.getByLabel('Note (Markdown)');
    const saved = waitForCall(page, 'notes:set');
    await box.fill('A **bold** claim.\n\n<script>window.__pwnedNote=1</script>\n\n<img src=x onerror="window.__pwnedNote=2">\n\n[a link](https://example.org/a)');
    await saved;
    await expect(panel.getByRole('status')).toHaveText('Saved');
    await panel.getByRole('button', { name: 'Preview' }).click();
    const preview = panel.getByLabel('Note preview');
    await expect(preview.locator('strong')).toHaveText('bold');
    await expect(preview.locator('script')).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwnedNote?: number }).__pwnedNote)).toBeUndefined();

    // Its link asks before it leaves.
    await preview.getByRole('link', { name: 'a link' }).click();
    const ask = page.getByRole('dialog', { name: 'Open this link in your browser?' });
    await expect(ask).toContainText('https://example.org/a');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toBeHidden();

    await page.reload();
    await panel.getByRole('tab', { name: 'Note' }).click();
    await expect(panel.getByLabel('Note (Markdown)')).toHaveValue(/A \*\*bold\*\* claim\./);
  });
});
