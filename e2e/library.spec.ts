import { seedLibrary } from '../scripts/lib/seed-library.mjs';
import { test, expect, SAMPLE_TITLE, scrollFraction, waitForCall } from './fixtures.js';

const NOTE = `# Spaced repetition, briefly

Reviewing just before forgetting makes memories last longer.

## Why it works

Each successful recall at a longer interval strengthens the trace.
`;

test.describe('the library', () => {
  test('lists the sample with its byline, date, length, reading time and progress', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SAMPLE_TITLE }) });
    await expect(row).toContainText('time news');
    await expect(row).toContainText('2023');
    // The title's site breadcrumb ("– Asia – International") is a removed block now, not counted.
    await expect(row).toContainText('1,299 words');
    await expect(row).toContainText('6 min');
    await expect(row).toContainText('Unread');
  });

  test('imports a Markdown file through the file picker; it survives a reload and a relaunch, and reading position is restored', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByLabel('Import files').setInputFiles({ name: 'spaced-repetition.md', mimeType: 'text/markdown', buffer: Buffer.from(NOTE) });
    await expect(page.getByText('Imported 1 article.')).toBeVisible();
    const link = page.getByRole('link', { name: 'Spaced repetition, briefly' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Spaced repetition, briefly' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Why it works' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Spaced repetition, briefly' })).toBeVisible();

    // Read half the sample, let the position save, and come back to it after a reload.
    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    const saved = waitForCall(page, 'articles:setProgress');
    await page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * 0.5 }));
    await saved;
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
    await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.5, 1);
    await expect(page.getByLabel('Time left')).toHaveText('3 min left');

    await page.goto('about:blank');
    const relaunched = await shell.restart();
    await page.goto(`${relaunched.url}#/`);
    await expect(page.getByRole('link', { name: 'Spaced repetition, briefly' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE })).toContainText('50% read');
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await expect.poll(() => scrollFraction(page)).toBeCloseTo(0.5, 1);
  });

  test('moves an article to the trash with undo, and restores it from the trash view', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    const link = page.getByRole('link', { name: SAMPLE_TITLE });
    const row = page.getByRole('listitem').filter({ has: link });
    await row.getByRole('button', { name: 'Move to trash' }).click();
    await expect(link).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(link).toBeVisible();

    await row.getByRole('button', { name: 'Move to trash' }).click();
    await expect(link).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Trash/ }).click();
    const trash = page.getByRole('list', { name: 'Articles in the trash' });
    await expect(trash).toContainText(SAMPLE_TITLE);
    await trash.getByRole('button', { name: `Restore ${SAMPLE_TITLE}` }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
    await expect(link).toBeVisible();
  });

  test('empties the trash for good after asking', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: 'Move to trash' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Trash/ }).click();
    await page.getByRole('button', { name: 'Empty trash…' }).click();
    await page.getByRole('dialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  });

  test('renames and tags an article, then filters by the tag, by favourites and by archive', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('button', { name: 'Paste article' }).click();
    await page.getByRole('dialog', { name: 'Paste article' }).getByLabel('Article text').fill('Second piece\n\nA short second article about tides.');
    await page.getByRole('button', { name: 'Add to library' }).click();
    await expect(page.getByRole('link', { name: 'Second piece' })).toBeVisible();

    const row = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
    await row.getByRole('button', { name: 'Rename and tag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename and tag' });
    await dialog.getByLabel('Title').fill('Blinken in Beijing');
    await dialog.getByLabel('Tags').fill('politics, china');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const renamed = page.getByRole('link', { name: 'Blinken in Beijing' });
    await expect(renamed).toBeVisible();

    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('politics');
    await expect(renamed).toBeVisible();
    await expect(page.getByRole('link', { name: 'Second piece' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('');

    await page.getByRole('listitem').filter({ hasText: 'Second piece' }).getByRole('button', { name: 'Favourite' }).click();
    await page.getByRole('button', { name: 'Favourites' }).click();
    await expect(page.getByRole('link', { name: 'Second piece' })).toBeVisible();
    await expect(renamed).toHaveCount(0);

    await page.getByRole('button', { name: 'Inbox' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Blinken in Beijing' }).getByRole('button', { name: 'Archive' }).click();
    await expect(renamed).toHaveCount(0);
    await page.getByRole('button', { name: 'Archived' }).click();
    await expect(renamed).toBeVisible();

    await page.getByRole('button', { name: 'All', exact: true }).click();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveText(['Blinken in Beijing', 'Second piece']);
    await page.reload();
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Blinken in Beijing' })).toContainText('china');
  });

  test('pasting article text creates an article, from the dialog and from a paste in the library', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/`);
    await page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Article text').fill('Notes on tides\n\nThe moon pulls the sea; the sea answers twice a day.');
    await dialog.getByRole('button', { name: 'Add to library' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: 'Notes on tides' }).click();
    await expect(page.getByText('The moon pulls the sea; the sea answers twice a day.')).toBeVisible();

    await page.getByRole('link', { name: 'Library' }).first().click();
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'A pasted essay\n\nClipboard text becomes an article of its own.');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByRole('link', { name: 'A pasted essay' })).toBeVisible();
  });

  test('stays light with 10,000 articles: only the rows in view are in the page', async ({ page, shell }) => {
    // A real library of 10,000 articles (written straight in the store's format), served by
    // the real host.
    seedLibrary(shell.home, 9_999);
    const relaunched = await shell.restart();
    shell = relaunched;
    // The view asks the host for the rows it shows, never for every article.
    const calls: string[] = [];
    page.on('request', (request) => {
      const call = /\/api\/([\w:]+)/.exec(decodeURIComponent(new URL(request.url()).pathname))?.[1];
      if (call) calls.push(call);
    });
    await page.goto(`${shell.url}#/`);
    await expect(page.getByText('10,000 articles')).toBeVisible();
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('link', { name: 'Article number 1', exact: true })).toBeVisible();
    expect(await list.getByRole('listitem').count()).toBeLessThan(40);

    await list.evaluate((el) => el.parentElement!.scrollTo({ top: el.parentElement!.scrollHeight }));
    await expect(list.getByRole('link', { name: 'Article number 9999', exact: true })).toBeVisible();
    expect(await list.getByRole('listitem').count()).toBeLessThan(40);

    // Sorting and filtering still cover all 10,000 (the host does them).
    await page.getByLabel('Filter by title or author').fill('number 5000');
    await expect(page.getByText('1 article', { exact: true })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Article number 5000', exact: true })).toBeVisible();
    await page.getByLabel('Filter by title or author').fill('');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await list.evaluate((el) => el.parentElement!.scrollTo({ top: 0 }));
    await expect(list.getByRole('listitem').first().getByRole('link', { name: 'Article number 1', exact: true })).toBeVisible();
    expect(calls).toContain('articles:page');
    expect(calls).not.toContain('articles:list');
  });
});
