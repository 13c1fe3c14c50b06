import { test, expect, SAMPLE_TITLE, scrollFraction, waitForCall } from './fixtures.js';

const HEADINGS = ['More in tune with Qin', 'a positive step', 'risk reduction', 'Fentanyl, Ukraine and Americans in prison', 'Chinese vision'];
const TEASERS = ['(We recommend:', '(Keep reading:', 'Leave a Comment', 'You may also like'];

test.describe('the reader', () => {
  test('opens the sample with its title and headings, none of its teasers, and no request off the machine', async ({ page, shell }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(shell.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    // A fresh library opens on the sample, straight in the reader.
    await page.goto(shell.url);

    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    for (const heading of HEADINGS) await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    await expect(page.getByText('Blinken’s stay in Beijing culminated on Monday')).toBeVisible();
    for (const teaser of TEASERS) await expect(page.getByText(teaser)).toHaveCount(0);
    expect(foreign).toEqual([]);
  });

  test('shows removed text in place, with the reason for each, and hides it again', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    const toggle = page.getByRole('button', { name: 'Show removed text' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    const teaser = page.getByRole('note', { name: 'Removed text: teaser for another story' }).filter({ hasText: '(We recommend:' });
    await expect(teaser).toBeVisible();
    await expect(teaser).toContainText('teaser for another story');
    await expect(page.getByRole('note', { name: 'Removed text: photo caption' }).first()).toBeVisible();
    await expect(page.getByRole('note', { name: 'Removed text: pull quote repeating a sentence of the article' }).first()).toBeVisible();
    await expect(page.getByText('Leave a Comment')).toBeVisible();
    // In its place: the teaser sits between the paragraphs it stood between in the source.
    const order = await page.locator('.body > *').allTextContents();
    const at = order.findIndex((t) => t.includes('(We recommend:'));
    expect(order[at - 1]).toContain('US Secretary of State Antony Blinken managed');
    expect(order[at + 1]).toContain('Blinken’s stay in Beijing culminated');

    await toggle.click();
    await expect(page.getByText('(We recommend:')).toHaveCount(0);
  });

  test('find in the article highlights matches, counts them and moves between them', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('ControlOrMeta+f');
    const input = page.getByRole('searchbox', { name: 'Find in article' });
    await expect(input).toBeFocused();
    await input.fill('blinken');
    const marks = page.locator('mark');
    const count = await marks.count();
    expect(count).toBeGreaterThan(3);
    await expect(page.getByText(`1 of ${count}`, { exact: true })).toBeVisible();
    await expect(marks.first()).toHaveText(/blinken/i);
    await expect(page.locator('mark.current')).toHaveCount(1);

    await input.press('Enter');
    await expect(page.getByText(`2 of ${count}`, { exact: true })).toBeVisible();
    await input.press('Shift+Enter');
    await input.press('Shift+Enter');
    await expect(page.getByText(`${count} of ${count}`, { exact: true })).toBeVisible();

    await input.fill('zebra crossing');
    await expect(page.getByText('No matches')).toBeVisible();
    await expect(marks).toHaveCount(0);

    await input.press('Escape');
    await expect(input).toHaveCount(0);
  });

  test('keyboard moves through the article: j, space, End and Home', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const top = () => page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTop);
    await page.keyboard.press('j');
    await expect.poll(top).toBeGreaterThan(20);
    const afterJ = await top();
    await page.keyboard.press(' ');
    await expect.poll(top).toBeGreaterThan(afterJ + 300);
    await page.keyboard.press('End');
    await expect.poll(() => scrollFraction(page)).toBeGreaterThan(0.99);
    await page.keyboard.press('Home');
    await expect.poll(top).toBe(0);
  });

  test('theme and font size persist across a reload', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    const article = page.getByRole('article');
    await expect(article).toHaveCSS('font-size', '19px');

    const saved = waitForCall(page, 'settings:set');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await saved;
    for (let i = 0; i < 3; i++) {
      const done = waitForCall(page, 'settings:set');
      await page.getByRole('button', { name: 'Larger text' }).click();
      await done;
    }
    await expect(article).toHaveCSS('font-size', '22px');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('article')).toHaveCSS('font-size', '22px');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 25)');
  });

  test('the study panel has Cards, Summary, Highlights and Note tabs, moved between with the arrow keys', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    const panel = page.getByRole('complementary', { name: 'Study panel' });
    await expect(panel.getByRole('tab', { name: 'Cards' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('tabpanel')).toContainText('Regenerate cards');
    await panel.getByRole('tab', { name: 'Summary' }).click();
    await expect(panel.getByRole('tabpanel')).toContainText('Key points');
    await panel.getByRole('tab', { name: 'Summary' }).press('ArrowRight');
    await expect(panel.getByRole('tab', { name: 'Highlights' })).toBeFocused();
    await expect(panel.getByRole('tabpanel')).toHaveText(/No highlights yet\./);
    await panel.getByRole('tab', { name: 'Highlights' }).press('ArrowRight');
    await expect(panel.getByRole('tab', { name: 'Note' })).toBeFocused();
    await expect(panel.getByLabel('Note (Markdown)')).toBeVisible();
    await page.getByRole('button', { name: 'Hide study panel' }).click();
    await expect(panel).toHaveCount(0);
    await page.getByRole('button', { name: 'Study panel', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Study panel' })).toBeVisible();
  });
});
