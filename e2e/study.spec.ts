// The study UI against the real host: triage beside the article, "Show in article", a study
// session with reveal, grades, undo and choice cards, the library's counts, the card browser,
// and the statistics with the review-log export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, keepAllSampleCards, SAMPLE_TITLE, type Shell } from './fixtures.js';

function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Study panel' });
}

/** The front of a triage card: the line under its kind label. */
async function frontOf(card: import('@playwright/test').Locator): Promise<string> {
  const lines = (await card.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[1]!;
}

async function queueCounts(page: Page, shell: Shell): Promise<{ new: number; learning: number; review: number }> {
  const response = await page.request.post(`${shell.origin}/api/study:queue`, { data: {} });
  return ((await response.json()) as { value: { counts: { new: number; learning: number; review: number } } }).value.counts;
}

async function sampleId(page: Page, shell: Shell): Promise<string> {
  const response = await page.request.post(`${shell.origin}/api/articles:list`, { data: {} });
  const body = (await response.json()) as { value: { id: string; title: string }[] };
  return body.value.find((a) => a.title === SAMPLE_TITLE)!.id;
}

test.describe('triage in the reader', () => {
  test('keeps with K and Enter, drops with D, edits with E, keeps the rest; a dropped card stays dropped after regenerating', async ({ page, shell }) => {
    await page.goto(shell.url);
    const panel = panelOf(page);
    const triage = panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem');
    const kept = panel.getByRole('list', { name: 'Cards in study' }).getByRole('listitem');
    await expect(triage.first()).toBeVisible();
    const total = await triage.count();
    expect(total).toBeGreaterThan(5);
    // Each card shows its kind, front and back.
    await expect(triage.first()).toContainText('Answer');

    await triage.first().focus();
    await page.keyboard.press('k');
    await expect(kept).toHaveCount(1);
    // The focus moves on to the next card after each decision.
    await expect(triage.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(kept).toHaveCount(2);
    await expect(triage).toHaveCount(total - 2);

    const droppedFront = await frontOf(triage.first());
    await expect(triage.first()).toBeFocused();
    await page.keyboard.press('d');
    await expect(triage).toHaveCount(total - 3);
    await expect(panel).toContainText('1 dropped');
    await expect(panel.getByText(droppedFront, { exact: true })).toHaveCount(0);

    await expect(triage.first()).toBeFocused();
    await page.keyboard.press('e');
    const front = panel.getByLabel('Front');
    await expect(front).toBeFocused();
    await front.fill('Who met Antony Blinken in Beijing?');
    await panel.getByLabel('Back').fill('Xi Jinping');
    await panel.getByRole('button', { name: 'Save and keep' }).click();
    await expect(kept).toHaveCount(3);
    await expect(kept.filter({ hasText: 'Who met Antony Blinken in Beijing?' })).toHaveCount(1);

    await panel.getByRole('button', { name: 'Keep all' }).click();
    await expect(panel.getByRole('list', { name: 'Cards to triage' })).toHaveCount(0);
    await expect(kept).toHaveCount(total - 1);

    await panel.getByRole('button', { name: 'Regenerate cards' }).click();
    const notice = page.getByText(/Cards regenerated: \d+ added/);
    await expect(notice).toBeVisible();
    await expect(panel.getByText(droppedFront, { exact: true })).toHaveCount(0);
    await expect(kept).toHaveCount(total - 1);
    // Having learnt from "Keep all" that this reader keeps what it is shown, the library's model
    // may now let in a card it filtered before: whatever is added waits in triage, nothing else.
    const added = Number(/(\d+) added/.exec((await notice.textContent()) ?? '')![1]);
    if (added === 0) await expect(panel.getByRole('list', { name: 'Cards to triage' })).toHaveCount(0);
    else await expect(triage).toHaveCount(added);
  });

  test('"Show in article" scrolls to the source sentence and highlights exactly it', async ({ page, shell }) => {
    await page.goto(shell.url);
    const panel = panelOf(page);
    const triage = panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem');
    await expect(triage.first()).toBeVisible();
    const id = await sampleId(page, shell);
    const cards = (await (await page.request.post(`${shell.origin}/api/cards:list`, { data: { articleId: id } })).json()) as {
      value: { cards: { front: string; source: { paragraph: number; start: number; end: number; text: string } }[] };
    };
    // A card from far down the article, so that showing it has to scroll.
    const last = cards.value.cards.reduce((a, b) => (b.source.paragraph > a.source.paragraph ? b : a));
    const index = cards.value.cards.indexOf(last);
    const card = triage.nth(index);
    await card.focus();
    await card.getByRole('button', { name: 'Show in article' }).click();

    const highlight = page.getByRole('region', { name: 'Article text' }).locator('mark[data-source-sentence]');
    await expect(highlight).toHaveCount(1);
    await expect(highlight).toHaveText(last.source.text);
    await expect(highlight).toBeInViewport();
    expect(await page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  });
});

test.describe('a study session', () => {
  test('reveals with Space, shows intervals on the grade buttons, grades with 3, undoes with Ctrl+Z, and grades a choice card by its number', async ({ page, shell }) => {
    // A card waits for tomorrow when a sibling from its sentence was studied first; drop the
    // choice card's siblings in triage so that it comes up in this one session.
    await page.goto(shell.url);
    await expect(panelOf(page).getByRole('list', { name: 'Cards to triage' }).getByRole('listitem').first()).toBeVisible();
    const articleId = await sampleId(page, shell);
    const listed = (await (await page.request.post(`${shell.origin}/api/cards:list`, { data: { articleId } })).json()) as {
      value: { cards: { id: string; kind: string; source: { paragraph: number; start: number } }[] };
    };
    const choice = listed.value.cards.find((c) => c.kind === 'choice');
    expect(choice, 'the sample has a choice card').toBeDefined();
    for (const c of listed.value.cards) {
      if (c.id !== choice!.id && c.source.paragraph === choice!.source.paragraph && c.source.start === choice!.source.start) {
        const dropped = await page.request.post(`${shell.origin}/api/cards:triage`, { data: { articleId, type: 'drop', cardId: c.id } });
        expect(dropped.ok()).toBe(true);
      }
    }
    await keepAllSampleCards(page, shell);
    await panelOf(page).getByRole('link', { name: 'Study this article' }).click();
    await expect(page).toHaveURL(/#\/study\/[0-9a-f]{16}$/);
    const card = page.getByRole('article', { name: 'Card' });
    const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
    await expect(card).toBeVisible();
    await expect(progress).toContainText('0 done');
    const firstFront = (await card.textContent())!;

    await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
    await expect(card.getByRole('figure', { name: 'Source sentence' })).toBeVisible();
    const grades = page.getByRole('group', { name: 'Grade' }).getByRole('button');
    await expect(grades).toHaveText([/^Again\s*\d+(m|h|d|mo|y)/, /^Hard\s*\d+(m|h|d|mo|y)/, /^Good\s*\d+(m|h|d|mo|y)/, /^Easy\s*[\d.]+(m|h|d|mo|y)/]);

    await page.keyboard.press('3');
    await expect(progress).toContainText('1 done');
    await expect(card).not.toHaveText(firstFront);

    await page.keyboard.press('ControlOrMeta+z');
    await expect(progress).toContainText('0 done');
    await expect(card).toHaveText(firstFront);

    // Grade on until a choice card comes up.
    const choices = page.getByRole('group', { name: 'Choose the answer' });
    // Each card is studied under its article's title (left off only where it holds the answer).
    const headings = new Set<string>();
    for (let i = 0; i < 20 && !(await choices.isVisible()); i++) {
      const heading = card.locator('.from');
      if (await heading.count()) headings.add((await heading.innerText()).replace(/^From\s+/, ''));
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: 'Grade' }).waitFor();
      const before = (await card.textContent())!;
      await page.keyboard.press('3');
      await expect(card).not.toHaveText(before);
    }
    await expect(choices).toBeVisible();
    expect([...headings]).toEqual([SAMPLE_TITLE]);
    const done = Number(/(\d+) done/.exec(await progress.innerText())![1]);
    await page.keyboard.press('2');
    const verdict = page.getByRole('status').filter({ hasText: /Graded (Good|Again)/ });
    await expect(verdict).toBeVisible();
    await expect(progress).toContainText(`${done + 1} done`);
    await expect(card.getByRole('figure', { name: 'Source sentence' })).toBeVisible();
    const chosen = choices.getByRole('button').nth(1);
    const right = (await verdict.innerText()).startsWith('Right');
    // The right answer is marked; a wrong pick is marked as wrong.
    await expect(chosen).toHaveClass(right ? /right/ : /wrong/);
    await page.keyboard.press('Space');
    await expect(verdict).toHaveCount(0);
  });

  test('the library shows untriaged, in-study and due counts, and the header what there is to study', async ({ page, shell }) => {
    test.setTimeout(150_000);
    await page.goto(shell.url);
    await expect(panelOf(page).getByRole('list', { name: 'Cards to triage' }).getByRole('listitem').first()).toBeVisible();
    const total = await panelOf(page).getByRole('list', { name: 'Cards to triage' }).getByRole('listitem').count();
    await page.goto(`${shell.url}#/`);
    const row = page.getByRole('listitem').filter({ hasText: SAMPLE_TITLE });
    await expect(row).toContainText(`${total} to triage`);

    await keepAllSampleCards(page, shell);
    await page.goto(`${shell.url}#/`);
    await expect(row).toContainText(`${total} in study`);
    await expect(row).not.toContainText('to triage');
    // New cards count as "to study", within today's limit: the header agrees with study:queue.
    const badge = page.getByRole('link', { name: /Study all due/ });
    const { new: fresh, learning, review } = await queueCounts(page, shell);
    expect(fresh).toBeGreaterThan(0);
    await expect(badge).toHaveAccessibleName(`Study all due (${fresh + learning + review} to study: ${fresh} new, ${learning} learning, ${review} review)`);

    // Again puts a card one minute out; once that minute passes it is due.
    await row.getByRole('button', { name: 'Study this article' }).click();
    await expect(page.getByRole('article', { name: 'Card' })).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect(page.getByRole('paragraph').filter({ hasText: 'remaining' })).toContainText('1 done');
    await page.waitForTimeout(61_000);
    await page.goto(`${shell.url}#/`);
    await expect(row).toContainText('1 due');
    // The card graded Again is back, in learning; the badge still agrees with study:queue.
    const after = await queueCounts(page, shell);
    expect(after.learning).toBe(1);
    await expect(badge).toHaveAccessibleName(`Study all due (${after.new + after.learning + after.review} to study: ${after.new} new, 1 learning, ${after.review} review)`);
  });
});

test.describe('the card browser', () => {
  test('filters by kind and suspends a card', async ({ page, shell }) => {
    await keepAllSampleCards(page, shell);
    await page.goto(`${shell.url}#/cards`);
    const list = page.getByRole('grid', { name: 'Cards' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
    await expect(list.first()).toBeVisible();
    const all = await list.count();

    await page.getByLabel('Kind').selectOption({ label: 'Multiple choice' });
    await expect.poll(() => list.count()).toBeLessThan(all);
    const choiceCount = await list.count();
    expect(choiceCount).toBeGreaterThan(0);
    for (const item of await list.all()) await expect(item.getByRole('gridcell').nth(1)).toHaveText('Multiple choice');

    const first = list.first();
    await first.click();
    await page.getByRole('group', { name: 'Selected cards' }).getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(first).toContainText('suspended');
    await expect(page.getByRole('complementary', { name: 'Card' })).toContainText('Suspended');

    await page.getByRole('button', { name: 'Suspended', exact: true }).click();
    await expect(list).toHaveCount(1);
    await page.getByLabel('Kind').selectOption({ label: 'Any kind' });
    await expect(list).toHaveCount(1);
  });
});

test.describe('statistics', () => {
  test('shows its charts after some reviews, and exports the review log as CSV', async ({ page, shell }) => {
    await keepAllSampleCards(page, shell);
    await panelOf(page).getByRole('link', { name: 'Study this article' }).click();
    await expect(page.getByRole('article', { name: 'Card' })).toBeVisible();
    const progress = page.getByRole('paragraph').filter({ hasText: 'remaining' });
    for (let i = 0; i < 3; i++) {
      await expect(page.getByRole('button', { name: 'Show answer' }).or(page.getByRole('group', { name: 'Choose the answer' }))).toBeVisible();
      if (await page.getByRole('group', { name: 'Choose the answer' }).isVisible()) {
        await page.keyboard.press('1');
        await expect(progress).toContainText(`${i + 1} done`);
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.press('Space');
        await page.keyboard.press(i === 1 ? '1' : '3');
        await expect(progress).toContainText(`${i + 1} done`);
      }
      await expect(page.getByRole('status').filter({ hasText: /Graded/ })).toHaveCount(0);
    }

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    for (const title of ['Reviews per day', 'Retention', 'Due forecast', 'Card states', 'Retention per article']) {
      await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    }
    const charts = page.getByRole('main').getByRole('img');
    await expect(charts).toHaveCount(5);
    await expect(charts.nth(0)).toHaveAccessibleName(/3 reviews on 1 days?; 1 Again/);
    await expect(charts.nth(3)).toHaveAccessibleName(/Card states: \d+ new, \d+ learning/);
    expect(await charts.nth(0).evaluate((el) => el.tagName.toLowerCase())).toBe('canvas');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export review log (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
    expect(lines).toHaveLength(4);
  });

  test('study settings are saved from a dialog', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/stats`);
    await page.getByRole('button', { name: 'Study settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Study settings' });
    // In percent, as in Settings.
    await expect(dialog.getByLabel('Desired retention')).toHaveValue('90');
    await dialog.getByLabel('Desired retention').fill('85');
    await dialog.getByLabel('New cards per day').fill('5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await page.getByRole('button', { name: 'Study settings' }).click();
    await expect(dialog.getByLabel('Desired retention')).toHaveValue('85');
    const settings = await (await page.request.post(`${shell.origin}/api/study:settings`, { data: {} })).json();
    expect(settings.value.retention).toBe(0.85);
    await expect(dialog.getByLabel('New cards per day')).toHaveValue('5');
  });
});
