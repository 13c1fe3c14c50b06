// The whole study loop by keyboard: triage the sample's cards, study everything there is to
// study to the end, and the header's count falls to zero and stays there after a reload.
import type { Page } from '@playwright/test';
import { test, expect, type Shell } from './fixtures.js';

interface QueueCard {
  readonly card: { readonly id: string; readonly kind: string; readonly front: string; readonly back: string; readonly choices?: readonly string[] };
}

async function queue(page: Page, shell: Shell): Promise<{ cards: QueueCard[]; counts: { new: number; learning: number; review: number } }> {
  const response = await page.request.post(`${shell.origin}/api/study:queue`, { data: {} });
  return ((await response.json()) as { value: { cards: QueueCard[]; counts: { new: number; learning: number; review: number } } }).value;
}

test('triage by keyboard, study all to the end with the keyboard, and nothing is left after a reload', async ({ page, shell }) => {
  test.setTimeout(120_000);
  await page.goto(shell.url);
  const panel = page.getByRole('complementary', { name: 'Study panel' });
  const triage = panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem');
  await expect(triage.first()).toBeVisible();
  const total = await triage.count();
  const badge = page.getByRole('link', { name: /^Study all due/ });
  await expect(badge).toHaveAccessibleName(/^Study all due \(0 to study/);

  // Triage: K keeps the focused card and moves the focus to the next one.
  await triage.first().focus();
  for (let i = 0; i < total; i++) {
    await expect(triage).toHaveCount(total - i);
    await page.keyboard.press('k');
  }
  await expect(panel.getByRole('list', { name: 'Cards to triage' })).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Cards in study' }).getByRole('listitem')).toHaveCount(total);

  // The header counts what a session will show: new cards too, as study:queue does.
  const { counts } = await queue(page, shell);
  const toStudy = counts.new + counts.learning + counts.review;
  expect(toStudy).toBeGreaterThan(0);
  await expect(badge).toHaveAccessibleName(`Study all due (${toStudy} to study: ${counts.new} new, ${counts.learning} learning, ${counts.review} review)`);

  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/study$/);
  const card = page.getByRole('article', { name: 'Card' });
  const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
  await expect(card).toBeVisible();
  await expect(progress).toContainText(`${toStudy} remaining`);

  // Easy on every card sends it days ahead; a choice card is answered right (Good), which can
  // bring it back once from the learn-ahead window, and then graduates.
  let done = 0;
  const complete = page.getByRole('heading', { name: 'Session complete' });
  const choices = page.getByRole('group', { name: 'Choose the answer' });
  for (let guard = 0; guard < 3 * toStudy; guard++) {
    await expect(page.getByRole('button', { name: 'Show answer' }).or(choices).or(complete)).toBeVisible();
    if (await complete.isVisible()) break;
    if (await choices.isVisible()) {
      const shown = (await card.innerText()).replace(/\s+/g, ' ');
      const current = (await queue(page, shell)).cards.find((c) => c.card.kind === 'choice' && shown.includes(c.card.front.replace(/\s+/g, ' ')))!;
      const right = current.card.choices!.indexOf(current.card.back);
      await page.keyboard.press(String(right + 1));
      const verdict = page.getByRole('status').filter({ hasText: 'Graded Good' });
      await expect(verdict).toBeVisible();
      await expect(progress).toContainText(`${++done} done`);
      await page.keyboard.press('Space');
      await expect(verdict).toHaveCount(0);
    } else {
      await page.keyboard.press('Space');
      await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
      await page.keyboard.press('4');
      await expect(progress).toContainText(`${++done} done`);
      await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
    }
  }
  await expect(complete).toBeVisible();
  await expect(progress).toContainText('0 remaining');
  expect(done).toBeGreaterThanOrEqual(toStudy);
  await expect(badge).toHaveAccessibleName(/^Study all due \(0 to study/);

  await page.reload();
  await expect(badge).toHaveAccessibleName(/^Study all due \(0 to study/);
  await expect(page.getByRole('heading', { name: 'Nothing to study right now' })).toBeVisible();
  const after = await queue(page, shell);
  expect(after.counts).toEqual({ new: 0, learning: 0, review: 0 });
});
