// A keyboard-only walk: from the sample in the reader to keeping its cards, grading one in a
// study session, and exporting notes as Markdown. No mouse: Tab, Shift+Tab, Enter, Space, keys.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE } from './fixtures.js';

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking focus is always visible. */
async function tabTo(page: Page, target: Locator, backwards = false, limit = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'ok' : `${el.tagName}.${el.className}`;
    });
    if (ring !== 'none') expect(ring, 'every focused control shows a focus ring').toBe('ok');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('from the sample to a graded card and a Markdown export, by keyboard alone', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Study panel' });

  // The Cards tab, then Keep all.
  await tabTo(page, panel.getByRole('tab', { name: 'Cards' }));
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('tab', { name: 'Cards' })).toHaveAttribute('aria-selected', 'true');
  const keepAll = panel.getByRole('button', { name: 'Keep all' });
  await expect(keepAll).toBeVisible();
  await tabTo(page, keepAll);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Cards to triage' })).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Cards in study' }).getByRole('listitem').first()).toBeVisible();

  // Study this article: reveal and grade one card.
  const study = panel.getByRole('link', { name: 'Study this article' });
  await tabTo(page, study, true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/study\/[0-9a-f]{16}$/);
  const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
  const choices = page.getByRole('group', { name: 'Choose the answer' });
  await expect(page.getByRole('button', { name: 'Show answer' }).or(choices)).toBeVisible();
  if (await choices.isVisible()) {
    await page.keyboard.press('1');
  } else {
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(progress).toContainText('1 done');

  // Export notes as Markdown from the header's Export… button.
  await tabTo(page, page.getByRole('button', { name: 'Export…' }), true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Export', exact: true }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('Antony Blinken');
  await expect(dialog).toBeHidden();

  // And the shortcuts are one key away.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeFocused();
});
