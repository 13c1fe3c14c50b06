// The papercuts a first week found (issue 17): each spec failed on the code before its fix.
import type { Locator, Page } from '@playwright/test';
import { keepAllSampleCards, selectInArticle, test, expect, SAMPLE_TITLE } from './fixtures.js';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, `${locator} is laid out`).not.toBeNull();
  return box!;
}

function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Study panel' });
}

test.describe('no view scrolls sideways', () => {
  const VIEWS = [
    { name: 'Library', hash: '#/', ready: (p: Page) => p.getByRole('heading', { level: 1, name: 'Library' }) },
    { name: 'Reader', hash: '', ready: (p: Page) => p.getByRole('heading', { level: 1, name: SAMPLE_TITLE }) },
    { name: 'Study', hash: '#/study', ready: (p: Page) => p.getByRole('article', { name: 'Card' }) },
    { name: 'Statistics', hash: '#/stats', ready: (p: Page) => p.locator('canvas').first() },
    { name: 'Settings', hash: '#/settings', ready: (p: Page) => p.getByLabel('Desired retention') },
  ];
  for (const width of [640, 1280, 1920]) {
    test(`at ${width} px wide`, async ({ page, shell }) => {
      test.setTimeout(60_000);
      await keepAllSampleCards(page, shell);
      // A review or two, so Statistics has numbers in its tables.
      await page.goto(`${shell.url}#/study`);
      const choices = page.getByRole('group', { name: 'Choose the answer' });
      await expect(page.getByRole('button', { name: 'Show answer' }).or(choices)).toBeVisible();
      if (await choices.isVisible()) await page.keyboard.press('1');
      else {
        await page.keyboard.press('Space');
        await page.keyboard.press('3');
      }
      await page.setViewportSize({ width, height: 800 });
      for (const view of VIEWS) {
        await page.goto(view.hash ? `${shell.url}${view.hash}` : shell.url);
        await expect(view.ready(page)).toBeVisible();
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => ({
          doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          body: document.body.scrollWidth - document.body.clientWidth,
        }));
        expect(overflow, `${view.name} at ${width} px scrolls sideways`).toEqual({ doc: 0, body: 0 });
      }
    });
  }
});

test.describe('the first tour step', () => {
  test.use({ tour: true });
  test('sits clear of the article’s title', async ({ page, shell }) => {
    await page.goto(shell.url);
    const title = page.getByRole('heading', { level: 1, name: SAMPLE_TITLE });
    await expect(title).toBeVisible();
    const tour = page.getByRole('dialog', { name: 'Read in peace' });
    await expect(tour).toBeVisible();
    await page.waitForTimeout(300); // its move into place is animated
    expect(overlaps(await boxOf(tour), await boxOf(title)), 'the tour covers the title').toBe(false);
    await expect(tour).toBeInViewport({ ratio: 1 });
  });
});

test('clicking into the article shows no focus frame; Tab to it does', async ({ page, shell }) => {
  await page.goto(shell.url);
  const text = page.getByRole('region', { name: 'Article text' });
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const outline = () => text.evaluate((el) => (getComputedStyle(el).outlineStyle === 'none' ? 'none' : getComputedStyle(el).outlineWidth));
  await text.locator('p').nth(2).click();
  await expect(text).toBeFocused();
  expect(await outline(), 'a click frames the reading pane').toBe('none');
  // Keys still scroll it, and keyboard focus still shows.
  await page.keyboard.press('j');
  expect(await outline(), 'keys after a click frame the reading pane').toBe('none');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(text).toBeFocused();
  expect(await outline()).not.toBe('none');
});

test('the drop overlay names every format that drops', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'a.epub'));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const overlay = page.getByText('Drop files or folders to add them to your library');
  await expect(overlay).toBeVisible();
  const said = (await overlay.textContent())!;
  expect(said).not.toContain('.md or .txt');
  for (const format of ['Text', 'Markdown', 'HTML', 'EPUB', 'PDF', 'Word']) expect(said).toContain(format);
});

test('the highlight note editor opens clear of the passage it annotates', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const passage = 'Blinken’s stay in Beijing culminated on Monday';
  await selectInArticle(page, passage);
  const selected = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(selected.height).toBeGreaterThan(0);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Highlight with a note' }).click();
  const editor = page.getByRole('form', { name: 'Highlight note' });
  await expect(editor).toBeVisible();
  expect(overlaps(await boxOf(editor), selected), 'the note editor covers the selected words').toBe(false);
});

test('the summary editor flags a bad date in view, above its Save bar, with its fields whole', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(shell.url);
  const panel = panelOf(page);
  await panel.getByRole('tab', { name: 'Summary' }).click();
  await panel.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = panel.getByRole('form', { name: 'Edit summary' });
  await editor.getByRole('button', { name: 'Add event' }).click();
  const dates = editor.getByRole('textbox', { name: /^Event \d+ date$/ });
  const date = dates.last();
  await date.fill('2023-06-19');
  // The date fits its field: nothing of it is cut off.
  expect(await date.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await date.fill('June 2023');
  await editor.getByRole('textbox', { name: /^Event \d+$/ }).last().fill('A visit');
  await editor.getByRole('button', { name: 'Save summary' }).click();
  const error = editor.getByRole('alert');
  await expect(error).toContainText('YYYY-MM-DD');
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  // Neither the field nor the message sits under the sticky Save bar.
  const bar = await boxOf(editor.getByRole('button', { name: 'Save summary' }).locator('..'));
  for (const part of [date, error]) {
    await expect(part).toBeInViewport({ ratio: 1 });
    expect(overlaps(await boxOf(part), bar), `${part} is under the Save bar`).toBe(false);
  }
  // Fixing the date saves.
  await date.fill('2023-06');
  await editor.getByRole('button', { name: 'Save summary' }).click();
  await expect(panel.getByRole('form', { name: 'Edit summary' })).toHaveCount(0);
  await expect(panel.getByRole('tabpanel')).toContainText('A visit');
});

test('the Cards tab and About this article read right', async ({ page, shell }) => {
  await page.goto(shell.url);
  const panel = panelOf(page);
  await expect(panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByText(/cards? in study/)).toHaveText(/^0 cards in study · \d+ to triage$/);
});

test('the reader’s meta line never starts a line with its separator', async ({ page, shell }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const items = page.locator('article header .byline span');
  await expect(items.last()).toContainText('min read');
  for (const width of [180, 260, 340, 420]) {
    // A narrower column wraps the line (at 14 px); its items wrap whole, never after a lone "·".
    await page.evaluate((px) => document.querySelector<HTMLElement>('article header .byline')!.style.setProperty('max-width', `${px}px`), width);
    const lines = await items.evaluateAll((spans) =>
      spans.map((s) => ({ top: Math.round(s.getBoundingClientRect().top), before: getComputedStyle(s, '::before').content, text: s.textContent, lines: s.getClientRects().length })),
    );
    for (const [i, item] of lines.entries()) {
      expect(item.lines, `“${item.text}” breaks inside`).toBe(1);
      if (i > 0 && item.top > lines[i - 1]!.top) expect(item.before, `“${item.text}” starts a line with a separator`).toBe('none');
    }
  }
});

test('inline #tags in a highlight’s note become its tags', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await selectInArticle(page, 'Blinken’s stay in Beijing culminated on Monday');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Highlight with a note' }).click();
  const editor = page.getByRole('form', { name: 'Highlight note' });
  await editor.getByLabel('Note').fill('The meeting that was not on the agenda #diplomacy #xi');
  await editor.getByRole('button', { name: 'Save highlight' }).click();
  const panel = panelOf(page);
  await panel.getByRole('tab', { name: 'Highlights' }).click();
  const item = panel.getByRole('list', { name: 'Highlights' }).locator('li[data-highlight-item]').first();
  await expect(item.getByRole('list', { name: 'Tags' })).toHaveText(/#diplomacy\s*#xi/);
});

test('search finds the article for a typo, below exact matches', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Search the library' });
  for (const typo of ['Blinkin', 'Beijnig visit']) {
    await palette.getByRole('combobox').fill(typo);
    await expect(palette.getByRole('option').first(), `“${typo}” finds the sample`).toContainText(/Blinken|Beijing/);
  }
});
