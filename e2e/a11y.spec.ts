// Every view passes axe with no serious or critical violations, and text at 200% loses nothing.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, keepAllSampleCards, SAMPLE_TITLE, selectInArticle } from './fixtures.js';

/** Runs axe on the page as it is; fails with a readable list of serious and critical violations. */
async function check(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')}`)
    .join('\n');
  expect(bad.length, `axe on ${where}:\n${report}`).toBe(0);
}

test.describe('axe finds no serious or critical violations', () => {
  test('library, import and export dialogs, search palette, settings', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await check(page, 'the library');

    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, 'the import dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await check(page, 'the export dialog');
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('dialog', { name: 'Search the library' });
    await palette.getByRole('combobox').fill('Blinken');
    await expect(palette.getByRole('option').first()).toBeVisible();
    await check(page, 'the search palette');
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check(page, 'the shortcuts overlay');
    await page.keyboard.press('Escape');

    await page.goto(`${shell.url}#/settings`);
    await expect(page.getByLabel('Desired retention')).toHaveValue('90');
    await check(page, 'settings');
    await page.getByLabel('Desired retention').fill('5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check(page, 'settings with a validation message');

    await page.goto(`${shell.url}#/trash`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, 'the trash');
  });

  test('reader with each side tab, in light and dark', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    const panel = page.getByRole('complementary', { name: 'Study panel' });
    await expect(panel.getByRole('list', { name: 'Cards to triage' })).toBeVisible();
    await check(page, 'the reader, Cards tab');
    await panel.getByRole('tab', { name: 'Summary' }).click();
    await expect(panel.getByRole('tabpanel')).toContainText('Key points');
    await check(page, 'the reader, Summary tab');
    await panel.getByRole('tab', { name: 'Highlights' }).click();
    await expect(panel.getByRole('tabpanel')).toContainText('No highlights yet');
    await check(page, 'the reader, Highlights tab');
    await panel.getByRole('tab', { name: 'Note' }).click();
    await expect(panel.getByLabel('Note (Markdown)')).toBeVisible();
    await check(page, 'the reader, Note tab');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await check(page, 'the reader in the dark theme');
  });

  test('the card editor, each card type, and the triage editor of a choice card', async ({ page, shell }) => {
    test.setTimeout(90_000); // four runs of axe
    await page.goto(shell.url);
    const panel = page.getByRole('complementary', { name: 'Study panel' });
    await expect(panel.getByRole('list', { name: 'Cards to triage' })).toBeVisible();
    await selectInArticle(page, 'Xi Jinping');
    await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
    await page.keyboard.press('c');
    const editor = page.getByRole('dialog', { name: 'Make a card' });
    await expect(editor.getByLabel('Text with gaps')).toBeVisible();
    await check(page, 'the card editor (cloze)');
    await editor.getByRole('radio', { name: 'Question and answer' }).check();
    await check(page, 'the card editor (question and answer)');
    await editor.getByRole('radio', { name: 'Multiple choice' }).check();
    await editor.getByLabel('Option 2', { exact: true }).fill('xi jinping');
    await editor.getByRole('button', { name: 'Remove option 3' }).click();
    await expect(editor.getByText(/is there twice/)).toBeVisible();
    await check(page, 'the card editor (multiple choice, with a problem)');
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    const choice = panel.getByRole('listitem', { name: /^Multiple choice card/ }).first();
    await choice.focus();
    await page.keyboard.press('e');
    await expect(choice.getByLabel('Option 1', { exact: true })).toBeVisible();
    await check(page, 'the triage editor of a choice card');
  });

  test('a study session, statistics after reviews, and the card browser', async ({ page, shell }) => {
    await keepAllSampleCards(page, shell);
    await page.goto(`${shell.url}#/study`);
    await expect(page.getByRole('article', { name: 'Card' })).toBeVisible();
    await check(page, 'a study session (question)');
    for (let i = 0; i < 3; i++) {
      const choices = page.getByRole('group', { name: 'Choose the answer' });
      await expect(page.getByRole('button', { name: 'Show answer' }).or(choices)).toBeVisible();
      if (await choices.isVisible()) {
        await page.keyboard.press('1');
        await expect(page.getByRole('status').filter({ hasText: /Graded/ })).toBeVisible();
        if (i === 0) await check(page, 'a study session (choice answered)');
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.press('Space');
        await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
        if (i === 0) await check(page, 'a study session (answer shown)');
        await page.keyboard.press('3');
        await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
      }
    }
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();
    await check(page, 'statistics');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cards' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, 'the card browser');
  });

  test('the card browser with a selection, a sort, the card pane and the bulk forms', async ({ page, shell }) => {
    test.setTimeout(90_000); // two axe runs over a busy page
    await keepAllSampleCards(page, shell);
    await page.goto(`${shell.url}#/cards`);
    const grid = page.getByRole('grid', { name: 'Cards' });
    const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    await rows.nth(0).click();
    await rows.nth(2).click({ modifiers: ['Shift'] });
    await grid.getByRole('columnheader', { name: 'Front' }).getByRole('button').click();
    await expect(grid.getByRole('columnheader', { name: 'Front' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('complementary', { name: 'Card' })).toBeVisible();
    await page.getByRole('button', { name: 'Reschedule…' }).click();
    await check(page, 'the card browser with a selection, the card pane and the reschedule form');
    await page.getByRole('button', { name: 'Delete…' }).click();
    await check(page, 'the card browser asking to delete');
  });
});

test.describe('text at 200%', () => {
  /** Nothing runs off the side: no horizontal scroll, the header's controls inside the window. */
  async function nothingCutOff(page: Page, where: string): Promise<void> {
    const overflow = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
    }));
    expect(overflow, `${where}: the page scrolls sideways`).toEqual({ doc: 0, body: 0 });
    const width = page.viewportSize()!.width;
    for (const control of await page.getByRole('banner').locator('a, button').all()) {
      const box = await control.boundingBox();
      expect(box, `${where}: a header control is not shown`).not.toBeNull();
      expect(box!.x, `${where}: a header control starts off screen`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${where}: a header control runs off screen`).toBeLessThanOrEqual(width + 0.5);
    }
  }

  for (const how of ['root font size 200%', 'page zoom 200% (a 640 px wide window)'] as const) {
    test(`library and reader keep everything reachable with ${how}`, async ({ page, shell }) => {
      if (how.startsWith('page zoom')) await page.setViewportSize({ width: 640, height: 430 });
      const zoom = () => (how.startsWith('root') ? page.evaluate(() => (document.documentElement.style.fontSize = '200%')) : Promise.resolve());
      await page.goto(`${shell.url}#/`);
      await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
      await zoom();
      await nothingCutOff(page, 'the library');
      await expect(page.getByRole('button', { name: 'Import…' })).toBeInViewport();

      await page.getByRole('link', { name: SAMPLE_TITLE }).click();
      const title = page.getByRole('heading', { level: 1, name: SAMPLE_TITLE });
      await expect(title).toBeVisible();
      await zoom();
      await nothingCutOff(page, 'the reader');
      const box = (await title.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
      // Key controls still work.
      const toggle = page.getByRole('button', { name: 'Study panel', exact: true });
      const wasOpen = (await toggle.getAttribute('aria-pressed')) === 'true';
      await toggle.click();
      await expect(page.getByRole('complementary', { name: 'Study panel' })).toHaveCount(wasOpen ? 0 : 1);
      if (wasOpen) await toggle.click();
      await expect(page.getByRole('complementary', { name: 'Study panel' }).getByRole('tab', { name: 'Cards' })).toBeInViewport();
      await nothingCutOff(page, 'the reader with the study panel');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Search the library' })).toBeVisible();
    });
  }
});

test('prefers-reduced-motion turns transitions and animations off', async ({ page, shell }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${shell.url}#/`);
  const button = page.getByRole('button', { name: 'Import…' });
  await expect(button).toBeVisible();
  const motion = await button.evaluate((el) => {
    const style = getComputedStyle(el);
    return { transition: style.transitionDuration, animation: getComputedStyle(document.body).animationDuration };
  });
  expect(motion.transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await button.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(normal)).toBeGreaterThan(0);
});
