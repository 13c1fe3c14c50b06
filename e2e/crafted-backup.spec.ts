// A crafted JSON backup restored through the UI's *Restore from backup* writes nothing outside
// the library: the article's original file name in the backup climbs out of its folder, and the
// restore keeps it as original.md in the article's own folder. (The service, `lectern import-json`
// and the HTTP call are covered in test/security/crafted-backup.test.ts.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE } from './fixtures.js';

async function post<T>(page: Page, origin: string, name: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${origin}/api/${name}`, { data });
  const body = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(`${name}: ${body.error}`);
  return body.value;
}

/** Every path under the home's parent folder outside the home, with the victim's content. */
function around(root: string): string[] {
  const entries = readdirSync(root, { recursive: true }).map(String).filter((p) => p !== 'home' && !p.startsWith('home/'));
  return [...entries.sort(), readFileSync(join(root, 'victim.txt'), 'utf8')];
}

test('a backup whose original file climbs out of its folder restores inside the library and writes nothing outside it', async ({ page, shell }) => {
  const root = join(shell.home, '..');
  writeFileSync(join(root, 'victim.txt'), 'precious\n');
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();

  // A real backup of an article, which then leaves the library for good.
  const text = '# Notes on Attention\n\nAttention is the rarest form of generosity, Simone Weil wrote in 1942.\n';
  const report = await post<{ outcomes: { kind: string; id: string }[] }>(page, shell.origin, 'articles:importText', { text, name: 'attention', format: 'markdown' });
  const id = report.outcomes[0]!.id;
  const exported = await post<{ base64: string }>(page, shell.origin, 'export:file', { articleIds: [id], format: 'json' });
  await post(page, shell.origin, 'articles:trash', { id });
  await post(page, shell.origin, 'trash:empty', {});

  const backup = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8'));
  backup.articles[0].meta.originalFile = '../../../victim.txt';
  const crafted = join(shell.home, 'crafted-backup.json');
  writeFileSync(crafted, JSON.stringify(backup));
  const before = around(root);

  await page.getByLabel('Restore from backup', { exact: true }).setInputFiles(crafted);
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('list', { name: 'Counts' })).toHaveText(/1 restored\s*0 merged\s*0 skipped\s*0 failed/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  expect(around(root)).toEqual(before);
  expect(readdirSync(join(shell.home, 'articles', id))).toContain('original.md');
  await expect(page.getByRole('link', { name: 'Notes on Attention' })).toBeVisible();
});
