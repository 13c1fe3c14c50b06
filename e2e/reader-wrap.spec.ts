// Text Lectern had not seen: one unbroken run of letters must wrap inside the reader column,
// and a book with a chapter that could not be read says so in the article info.
import type { Page } from '@playwright/test';
import { test, expect, type Shell } from './fixtures.js';
import { buildEpub, CHAPTERS } from '../test/fixtures/formats/build.js';

async function importFile(page: Page, shell: Shell, name: string, bytes: Uint8Array): Promise<string> {
  const response = await page.request.post(`${shell.origin}/api/articles:importData`, {
    data: { files: [{ name, data: Buffer.from(bytes).toString('base64') }] },
  });
  const body = (await response.json()) as { value: { outcomes: { kind: string; id?: string }[] } };
  const outcome = body.value.outcomes[0]!;
  expect(outcome.kind, JSON.stringify(outcome)).toBe('imported');
  return outcome.id!;
}

test('one unbroken run of letters wraps inside the reader column', async ({ page, shell }) => {
  await page.goto(shell.url);
  const run = 'a'.repeat(900);
  const text = `Notes from the harbour\n\nThe keeper copied a long string into the logbook: ${run} and then he went to bed.\n\nThe next morning the sea was calm again and the boats went out early.\n`;
  const id = await importFile(page, shell, 'run.txt', new TextEncoder().encode(text));
  await page.goto(`${shell.url}#/read/${id}`);
  const article = page.getByRole('region', { name: 'Article text' }).locator('article');
  await expect(article).toContainText('aaaa');
  const { scroll, client } = await article.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test('importing a book with a chapter missing says so in the import result', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  const book = Buffer.from(buildEpub([CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }]));
  await page.getByLabel('Import files').setInputFiles({ name: 'book.epub', mimeType: 'application/epub+zip', buffer: book });
  await expect(page.getByText('Imported 1 article. 1 chapter could not be read: OEBPS/text/ch2.xhtml (missing from the book).')).toBeVisible();
});

test('a book with a chapter missing lists it in the article info', async ({ page, shell }) => {
  await page.goto(shell.url);
  const id = await importFile(page, shell, 'book.epub', buildEpub([CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }]));
  await page.goto(`${shell.url}#/read/${id}`);
  await page.getByRole('button', { name: 'About this article' }).click();
  await expect(page.getByText('1 chapter could not be read: OEBPS/text/ch2.xhtml (missing from the book).')).toBeVisible();
});
