// Export from the UI: a downloaded Markdown note with front matter and the highlight as a quote,
// and Anki text with its header.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE, type Shell } from './fixtures.js';

async function post<T>(page: Page, shell: Shell, name: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${shell.origin}/api/${name}`, { data });
  const body = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(`${name}: ${body.error}`);
  return body.value;
}

async function exportFrom(page: Page, format: string): Promise<{ name: string; text: string }> {
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SAMPLE_TITLE }) });
  await row.getByRole('button', { name: 'Export this article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked();
  await dialog.getByRole('radio', { name: format }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('exports an article as Markdown with its highlight, and as Anki text', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  const list = await post<{ id: string; title: string }[]>(page, shell, 'articles:list', {});
  const id = list.find((a) => a.title === SAMPLE_TITLE)!.id;
  const detail = await post<{ blocks: { type: string; text: string }[] }>(page, shell, 'articles:get', { id });
  const paragraph = detail.blocks.findIndex((b) => b.type === 'paragraph' && b.text.length > 80);
  const highlight = await post<{ selector: { exact: string } }>(page, shell, 'highlights:add', {
    articleId: id,
    startParagraph: paragraph,
    start: 0,
    endParagraph: paragraph,
    end: 60,
    color: 'yellow',
  });
  expect(highlight.selector.exact.length).toBeGreaterThan(20);

  const md = await exportFrom(page, 'Markdown for Obsidian');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text.startsWith('---\n')).toBe(true);
  const frontMatter = md.text.slice(4, md.text.indexOf('\n---', 4));
  expect(frontMatter).toContain('title:');
  expect(frontMatter).toContain('Antony Blinken');
  expect(md.text).toContain(`> ${highlight.selector.exact}`);

  // Anki text of the sample's cards (kept from the API first, so there are some).
  await post(page, shell, 'cards:list', { articleId: id });
  await post(page, shell, 'cards:keepAll', { articleId: id });
  const anki = await exportFrom(page, 'Anki text');
  expect(anki.text.split('\n')[0]).toBe('#separator:tab');
  expect(anki.text.split('\n').filter((l) => l && !l.startsWith('#')).length).toBeGreaterThan(3);
});

test('the export dialog offers this article from the reader and the whole library anywhere', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/stats`);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /The whole library \(1 article\)/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'PDF' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('radio', { name: 'JSON backup' }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const backup = await downloading;
  expect(backup.suggestedFilename()).toMatch(/\.json$/);
  const backupPath = (await backup.path())!;
  JSON.parse(readFileSync(backupPath, 'utf8'));

  // The backup brings back an article deleted for good.
  const [sample] = await post<{ id: string }[]>(page, shell, 'articles:list', {});
  await post(page, shell, 'articles:trash', { id: sample!.id });
  await post(page, shell, 'trash:empty', {});
  await page.getByLabel('Restore from backup', { exact: true }).setInputFiles(backupPath);
  const restored = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(restored.getByRole('list', { name: 'Counts' })).toHaveText(/1 restored\s*0 merged\s*0 skipped\s*0 failed/);
  await expect(restored.getByRole('list', { name: 'Restore results' })).toContainText(SAMPLE_TITLE);
  await restored.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
