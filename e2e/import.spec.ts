// Importing many files through the browser shell: a folder of mixed files with a progress bar
// and a line per file, and an import cancelled half-way that keeps what it imported, whole.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildEpub, CHAPTERS, PNG } from '../test/fixtures/formats/build.js';
import { test, expect, SAMPLE_TITLE, type Shell } from './fixtures.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const REPO = join(import.meta.dirname, '..');

const prose = (topic: string) =>
  `${topic} is a subject worth a slow afternoon. The notes below gather what was learned while reading about it, with a few questions left open for later.\n\nA second paragraph adds detail, so that the cleanup keeps the text as an article and the card maker has sentences to work with.\n`;

/** A folder of mixed files: what each should become is in the test. */
function mixedFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lectern-import-')), 'reading');
  mkdirSync(join(dir, 'notes', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'tides.md'), `# How tides work\n\n${prose('The pull of the moon')}`);
  writeFileSync(join(dir, 'notes', 'deeper', 'bees.md'), `# The dance of bees\n\n${prose('How bees tell each other where flowers are')}`);
  writeFileSync(join(dir, 'letters.txt'), `Letters from a lighthouse\n\n${prose('Life at a remote lighthouse')}`);
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html><head><title>Bread at home</title></head><body><article><h1>Bread at home</h1><p>${prose('Baking bread at home').replace(/\n+/g, '</p><p>')}</p></article></body></html>`,
  );
  // Padded past one upload piece (256 KiB), so the browser sends it in pieces (upload.ts).
  writeFileSync(join(dir, 'keeper.epub'), buildEpub(CHAPTERS, { 'OEBPS/padding.bin': randomBytes(700 * 1024) }));
  writeFileSync(join(dir, 'photo.png'), PNG);
  writeFileSync(join(dir, 'empty.txt'), '');
  const sample = readdirSync(join(REPO, 'resources', 'samples'))[0]!;
  copyFileSync(join(REPO, 'resources', 'samples', sample), join(dir, 'sample-again.txt'));
  writeFileSync(join(dir, '.hidden.md'), '# Hidden\n\nNot to be imported.\n');
  return dir;
}

async function articleCount(page: Page, shell: Shell): Promise<number> {
  const response = await page.request.post(`${shell.origin}/api/articles:list`, { data: {} });
  return ((await response.json()) as { value: unknown[] }).value.length;
}

test.use({ viewport: { width: 1280, height: 900 } });

test('imports a folder of mixed files with progress and a result per file', async ({ page, shell }) => {
  const dir = mixedFolder();
  try {
    await page.goto(`${shell.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    await page.getByLabel('Import folder').setInputFiles(dir);

    const dialog = page.getByRole('dialog', { name: 'Import finished' });
    await expect(dialog).toBeVisible();
    const bar = dialog.getByRole('progressbar', { name: 'Import progress' });
    expect(await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([8, 8]);
    await expect(dialog.getByRole('list', { name: 'Counts' })).toHaveText(/5 imported\s*1 duplicate\s*1 skipped\s*1 failed/);

    const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
    await expect(results).toHaveCount(8);
    const line = (name: string) => results.filter({ hasText: name });
    for (const name of ['reading/notes/tides.md', 'reading/notes/deeper/bees.md', 'reading/letters.txt', 'reading/page.html', 'reading/keeper.epub']) {
      await expect(line(name)).toContainText('Imported');
      await expect(line(name).getByRole('link', { name: /^Open / })).toBeVisible();
    }
    await expect(line('sample-again.txt')).toContainText(`Already in the library as “${SAMPLE_TITLE}”`);
    await expect(line('photo.png')).toContainText('Skipped: unsupported file type ".png"');
    await expect(line('empty.txt')).toContainText('Failed: The file is empty: it holds no text.');
    await expect(results.filter({ hasText: 'hidden' })).toHaveCount(0);
    expect(await articleCount(page, shell)).toBe(6);

    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, 'import.png') });

    await line('keeper.epub').getByRole('link', { name: /^Open / }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse Keeper' })).toBeVisible();
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
});

test('a cancelled import keeps what it imported, each article whole', async ({ page, shell }) => {
  // Slow the host down so that Cancel lands mid-way.
  await page.route(
    (url) => decodeURIComponent(url.pathname) === '/api/articles:importData',
    async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    },
  );
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  const files = Array.from({ length: 30 }, (_, i) => ({
    name: `essay-${String(i + 1).padStart(2, '0')}.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(`# Essay number ${i + 1}\n\n${prose(`Topic ${i + 1}`)}`),
  }));
  await page.getByLabel('Import files').setInputFiles(files);

  const running = page.getByRole('dialog', { name: 'Importing…' });
  await expect(running).toBeVisible();
  await expect(running.getByText(/^(4|8) of 30$/)).toBeVisible();
  await running.getByRole('button', { name: 'Cancel' }).click();

  const dialog = page.getByRole('dialog', { name: 'Import cancelled' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('what was imported stays');
  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  const done = await results.count();
  expect(done).toBeGreaterThanOrEqual(4);
  expect(done).toBeLessThan(30);
  await expect(dialog.getByRole('list', { name: 'Counts' })).toContainText(`${done} imported`);
  await expect(results.filter({ hasText: 'Imported' })).toHaveCount(done);
  expect(await articleCount(page, shell)).toBe(1 + done);

  // Every imported article opens, whole: its heading and both paragraphs.
  const hrefs = await dialog.getByRole('link', { name: /^Open / }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(done);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.unroute(() => true);
  for (const [i, href] of hrefs.entries()) {
    await page.goto(`${shell.url}${href}`);
    await expect(page.getByRole('heading', { level: 1, name: `Essay number ${i + 1}`, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Article text' })).toContainText('A second paragraph adds detail');
  }
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: /^Essay number/ })).toHaveCount(done);
  // Let the host finish what opening the articles started (cards, summaries) before the
  // fixture removes the library home.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
});
