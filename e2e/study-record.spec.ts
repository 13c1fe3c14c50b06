// A study record the reader can trust, through the UI: restoring a backup into a fresh library
// that already has the sample brings the sample's work back; a triage decision can be taken
// back, and a dropped card found and restored; a new article's cards are in the card browser
// without opening it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SAMPLE_TITLE } from './fixtures.js';

const REPO = join(import.meta.dirname, '..');

async function post<T>(page: Page, origin: string, name: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${origin}/api/${name}`, { data });
  const body = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(`${name}: ${body.error}`);
  return body.value;
}

/** A second host on a fresh home (which starts with the sample), for the restore. */
async function freshHost(): Promise<{ url: string; origin: string; stop: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-fresh-'));
  const home = join(root, 'home');
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'settings.json'), JSON.stringify({ schema: 1, theme: 'light', fontSize: 19, tourSeen: true }));
  const child: ChildProcess = spawn(process.execPath, [join(REPO, 'bin', 'lectern.js'), '--home', home, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /Lectern: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`lectern serve exited (${code})`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const slow = setTimeout(() => child.kill('SIGKILL'), 8_000);
      await exited;
      clearTimeout(slow);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

interface Card {
  id: string;
  status: string;
  front: string;
}

test('restoring a backup into a fresh library merges the sample\'s cards, reviews, highlights, note and edited summary', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
  const [sample] = await post<{ id: string }[]>(page, shell.origin, 'articles:list', {});
  const id = sample!.id;
  const cards = (await post<{ cards: Card[] }>(page, shell.origin, 'cards:list', { articleId: id })).cards;
  await post(page, shell.origin, 'cards:triage', { articleId: id, type: 'drop', cardId: cards.at(-1)!.id });
  await post(page, shell.origin, 'cards:keepAll', { articleId: id });
  await post(page, shell.origin, 'study:grade', { articleId: id, cardId: cards[0]!.id, grade: 3 });
  await post(page, shell.origin, 'study:grade', { articleId: id, cardId: cards[1]!.id, grade: 1 });
  await post(page, shell.origin, 'highlights:add', { articleId: id, startParagraph: 1, start: 0, endParagraph: 1, end: 30, color: 'green' });
  await post(page, shell.origin, 'notes:set', { articleId: id, markdown: '# My take\n\nWorth rereading.' });
  const summary = (await post<{ summary: { keyPoints: unknown[] } }>(page, shell.origin, 'summary:get', { articleId: id })).summary;
  await post(page, shell.origin, 'summary:edit', { articleId: id, summary: { ...summary, keyPoints: [{ text: 'My own key point.', paragraph: 0 }] } });
  const before = {
    cards: await post<Card[]>(page, shell.origin, 'cards:browse', { articleId: id }),
    dropped: await post<Card[]>(page, shell.origin, 'cards:dropped', { articleId: id }),
    reviews: await post<string>(page, shell.origin, 'study:reviewLogCsv', {}),
    highlights: await post<unknown[]>(page, shell.origin, 'highlights:list', { articleId: id }),
    note: (await post<{ markdown: string }>(page, shell.origin, 'notes:get', { articleId: id })).markdown,
    summary: await post<unknown>(page, shell.origin, 'summary:get', { articleId: id }),
  };
  expect(before.reviews.trimEnd().split('\n')).toHaveLength(3); // the header and two reviews

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByRole('radio', { name: 'JSON backup' }).check();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const backupPath = (await (await downloading).path())!;
  JSON.parse(readFileSync(backupPath, 'utf8'));

  const fresh = await freshHost();
  try {
    await page.goto(`${fresh.url}#/`);
    await expect(page.getByRole('link', { name: SAMPLE_TITLE })).toBeVisible();
    expect((await post<string>(page, fresh.origin, 'study:reviewLogCsv', {})).trimEnd().split('\n')).toHaveLength(1);
    await page.getByLabel('Restore from backup', { exact: true }).setInputFiles(backupPath);
    const restored = page.getByRole('dialog', { name: 'Restore from backup' });
    await expect(restored.getByRole('list', { name: 'Counts' })).toHaveText(/0 restored\s*1 merged\s*0 skipped\s*0 failed/);
    await expect(restored.getByRole('list', { name: 'Restore results' })).toContainText(/Merged: added .*2 reviews.*1 highlight, 1 note, 1 edited summary/);
    await restored.getByRole('button', { name: 'Close' }).click();

    expect(await post<Card[]>(page, fresh.origin, 'cards:browse', { articleId: id })).toEqual(before.cards);
    expect(await post<Card[]>(page, fresh.origin, 'cards:dropped', { articleId: id })).toEqual(before.dropped);
    expect(await post<string>(page, fresh.origin, 'study:reviewLogCsv', {})).toBe(before.reviews);
    expect(await post<unknown[]>(page, fresh.origin, 'highlights:list', { articleId: id })).toEqual(before.highlights);
    expect((await post<{ markdown: string }>(page, fresh.origin, 'notes:get', { articleId: id })).markdown).toBe(before.note);
    expect(await post<unknown>(page, fresh.origin, 'summary:get', { articleId: id })).toEqual(before.summary);
  } finally {
    await fresh.stop();
  }
});

test('triage: drop, undo, drop again, open Dropped, restore; the card browser lists dropped cards too', async ({ page, shell }) => {
  await page.goto(shell.url);
  const panel = page.getByRole('complementary', { name: 'Study panel' });
  const triage = panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem');
  const kept = panel.getByRole('list', { name: 'Cards in study' }).getByRole('listitem');
  await expect(triage.first()).toBeVisible();
  const total = await triage.count();
  const front = (await triage.first().innerText()).split('\n').map((l) => l.trim()).filter(Boolean)[1]!;

  await triage.first().focus();
  await page.keyboard.press('d');
  await expect(triage).toHaveCount(total - 1);
  await expect(panel).toContainText('1 dropped');
  await page.keyboard.press('Control+z');
  await expect(triage).toHaveCount(total);
  await expect(panel).not.toContainText('dropped');
  await expect(triage.first()).toContainText(front);
  await expect(triage.first()).toBeFocused();

  // Several steps: keep, then drop; U takes back the drop, Ctrl+Z the keep.
  await page.keyboard.press('k');
  await expect(kept).toHaveCount(1);
  await page.keyboard.press('d');
  await expect(triage).toHaveCount(total - 2);
  await page.keyboard.press('u');
  await expect(triage).toHaveCount(total - 1);
  await page.keyboard.press('Control+z');
  await expect(triage).toHaveCount(total);
  await expect(kept).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  await triage.first().focus();
  await page.keyboard.press('d');
  await expect(triage).toHaveCount(total - 1);
  await panel.getByRole('button', { name: '1 dropped' }).click();
  const dropped = panel.getByRole('list', { name: 'Dropped cards' }).getByRole('listitem');
  await expect(dropped).toHaveCount(1);
  await expect(dropped.first()).toContainText(front);
  await dropped.first().getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByText('No dropped cards.')).toBeVisible();
  await expect(kept.filter({ hasText: front })).toHaveCount(1);
  await expect(panel).not.toContainText('1 dropped');

  // The card browser's Dropped filter: drop another, find it there, restore it.
  await triage.first().focus();
  const second = (await triage.first().innerText()).split('\n').map((l) => l.trim()).filter(Boolean)[1]!;
  await page.keyboard.press('d');
  await expect(panel.getByRole('button', { name: '1 dropped' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cards' }).click();
  await page.getByRole('button', { name: 'Dropped' }).click();
  const rows = page.getByRole('grid', { name: 'Cards' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(second);
  await rows.first().click();
  await page.getByRole('complementary', { name: 'Card' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('No cards match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Dropped' }).click();
  await expect(page.getByRole('grid', { name: 'Cards' }).getByRole('row').filter({ hasText: second })).toHaveCount(1);
});

test('a freshly imported article shows its cards in the card browser without being opened', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  const text = '# Notes on Attention\n\nAttention is the rarest and purest form of generosity, Simone Weil wrote in 1942 to Joë Bousquet.\n\nShe taught philosophy at the girls\u2019 lycée in Le Puy from 1931, and her notebooks were published in 1947 by Gustave Thibon.\n';
  await page.getByLabel('Import files').setInputFiles({ name: 'attention.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await expect(page.getByText('Imported 1 article.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Notes on Attention' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cards' }).click();
  await page.getByLabel('Article', { exact: true }).selectOption({ label: 'Notes on Attention' });
  const rows = page.getByRole('grid', { name: 'Cards' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
  const list = await post<{ title: string; cards: { untriaged: number } }[]>(page, shell.origin, 'articles:list', {});
  const untriaged = list.find((a) => a.title === 'Notes on Attention')!.cards.untriaged;
  expect(untriaged).toBeGreaterThan(0);
  // Counted once the filter has applied (the sample's cards are listed until then).
  await expect(rows).toHaveCount(untriaged);
  await expect(rows.filter({ hasText: 'Notes on Attention' }).filter({ hasText: 'untriaged' })).toHaveCount(untriaged);
});

test('a card held back for its sibling is said to be held until tomorrow', async ({ page, shell }) => {
  await page.goto(`${shell.url}#/`);
  const [sample] = await post<{ id: string }[]>(page, shell.origin, 'articles:list', {});
  const id = sample!.id;
  const cards = (await post<{ cards: (Card & { source: { paragraph: number; start: number; end: number } })[] }>(page, shell.origin, 'cards:list', { articleId: id })).cards;
  const key = (c: (typeof cards)[number]) => `${c.source.paragraph}:${c.source.start}:${c.source.end}`;
  const pair = cards.filter((c) => cards.some((o) => o.id !== c.id && key(o) === key(c)));
  const siblings = pair.filter((c) => key(c) === key(pair[0]!));
  expect(siblings.length).toBeGreaterThan(1);
  for (const c of siblings) await post(page, shell.origin, 'cards:triage', { articleId: id, type: 'keep', cardId: c.id });
  await page.goto(`${shell.url}#/read/${id}`);
  await page.getByRole('complementary', { name: 'Study panel' }).getByRole('link', { name: 'Study this article' }).click();
  await expect(page.getByLabel('Session progress').first()).toContainText(`${siblings.length - 1} held until tomorrow`);
  const study = page.getByRole('main', { name: 'Study' });
  await expect(study.getByRole('article', { name: 'Card' })).toBeVisible();
  const choices = study.getByRole('group', { name: 'Choose the answer' });
  if (await choices.isVisible()) {
    await choices.getByRole('button').first().click();
    await study.getByRole('button', { name: /Continue/ }).click();
  } else {
    await study.getByRole('button', { name: /Show answer/ }).click();
    await study.getByRole('button', { name: /Easy/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText(/held until tomorrow: (it comes|they come) from the same sentence as a card studied today/);
});
