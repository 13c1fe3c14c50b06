// The Cards panel says how many of the reader's triage decisions the library's card model has
// learnt from, and keeps saying it after a reload (the model lives in the library home).
import { test, expect } from './fixtures.js';

test('the Cards panel says how many of your decisions rank the new cards', async ({ page, shell }) => {
  await page.goto(shell.url);
  const panel = page.getByRole('complementary', { name: 'Study panel' });
  const triage = panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem');
  await expect(triage.first()).toBeVisible();
  const total = await triage.count();
  // A new library has learnt nothing yet, and says nothing.
  await expect(panel).not.toContainText('Ranked with');

  await triage.first().focus();
  await page.keyboard.press('k');
  await expect(triage).toHaveCount(total - 1);
  await page.keyboard.press('d');
  await expect(triage).toHaveCount(total - 2);

  await page.reload();
  await expect(triage.first()).toBeVisible();
  await expect(panel).toContainText('Ranked with 2 of your decisions');
});
