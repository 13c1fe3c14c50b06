// The card editor against the real host: it opens prefilled from every shape of selection (a
// word, a phrase, a whole sentence, a triple-clicked paragraph) and from a highlight (C), makes
// each type of card (a cloze with two gap numbers is two cards), says what is wrong before Keep,
// saves nothing on Cancel or Escape, keeps focus inside; triage edits a choice card's options;
// a cloze with c1 and c2 is studied as two cards, each asking its own gap.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { selectInArticle, test, expect, SAMPLE_TITLE, type Shell } from './fixtures.js';

const SENTENCE = 'Blinken’s stay in Beijing culminated on Monday with a meeting with Chinese President Xi Jinping';
const FIRST = 'US Secretary of State Antony Blinken managed during his two-day visit to China to ease tensions despite experts being pessimistic about the outcome of the trip due to the extreme deterioration in relations between the two powers.';

interface Card {
  id: string;
  kind: string;
  front: string;
  back: string;
  status: string;
  choices?: string[];
  cloze?: string;
  gap?: number;
  source: { paragraph: number; text: string };
}

async function api<T>(page: Page, shell: Shell, name: string, data: object): Promise<T> {
  const response = await page.request.post(`${shell.origin}/api/${name}`, { data });
  return ((await response.json()) as { value: T }).value;
}

async function sampleId(page: Page, shell: Shell): Promise<string> {
  return (await api<{ id: string; title: string }[]>(page, shell, 'articles:list', {})).find((a) => a.title === SAMPLE_TITLE)!.id;
}

/** The cards the reader made (the editor marks them), newest last. */
async function madeCards(page: Page, shell: Shell): Promise<Card[]> {
  // The article's cards with their features (the card browser's rows leave features out).
  const { cards } = await api<{ cards: (Card & { features?: Record<string, unknown> })[] }>(page, shell, 'cards:list', { articleId: await sampleId(page, shell) });
  return cards.filter((c) => c.features?.['madeByReader']);
}

function editorOf(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Make a card' });
}

/** Selects `word` inside a text field, as a user dragging over it would. */
async function selectInField(field: Locator, word: string): Promise<void> {
  await field.evaluate((el: HTMLTextAreaElement, w) => {
    const at = el.value.indexOf(w);
    if (at < 0) throw new Error(`not in the field: ${w}`);
    el.focus();
    el.setSelectionRange(at, at + w.length);
  }, word);
}

/** Selects words in the article and waits until the reader has seen it (its toolbar shows). */
async function select(page: Page, text: string): Promise<void> {
  await selectInArticle(page, text);
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
}

async function openReader(page: Page, shell: Shell): Promise<void> {
  await page.goto(shell.url);
  await expect(page.getByText(SENTENCE)).toBeVisible();
  // The article's cards exist before the reader makes any (they are generated on first open).
  await expect(page.getByRole('complementary', { name: 'Study panel' }).getByRole('list', { name: 'Cards to triage' })).toBeVisible();
}

test.describe('the card editor', () => {
  test('a word (C) opens a prefilled cloze; a second gap number makes two cards, kept and linked to the sentence', async ({ page, shell }) => {
    await openReader(page, shell);
    await select(page, 'Xi Jinping');
    await page.keyboard.press('c');
    const editor = editorOf(page);
    await expect(editor).toBeVisible();
    await expect(editor.getByRole('radio', { name: 'Cloze' })).toBeChecked();
    const text = editor.getByLabel('Text with gaps');
    await expect(text).toHaveValue(/with Chinese President \{\{c1::Xi Jinping\}\}, a half-hour meeting/);
    const preview = editor.getByRole('list', { name: 'Cards this cloze makes' });
    await expect(preview.getByRole('listitem')).toHaveCount(1);
    await expect(preview).toContainText('Answer Xi Jinping');

    await selectInField(text, 'Beijing');
    await editor.getByRole('button', { name: 'New gap (c2)' }).click();
    await expect(text).toHaveValue(/stay in \{\{c2::Beijing\}\} culminated/);
    await expect(preview.getByRole('listitem')).toHaveCount(2);
    // Card c2 asks Beijing and shows Xi Jinping filled in.
    await expect(preview.getByRole('listitem').nth(1)).toContainText('Chinese President Xi Jinping');
    await editor.getByRole('button', { name: 'Keep 2 cards' }).click();
    await expect(editor).toBeHidden();
    await expect(page.getByText(/Kept 2 cards; they are in the Cards tab/)).toBeVisible();

    const made = await madeCards(page, shell);
    expect(made.map((c) => [c.kind, c.gap, c.back, c.status])).toEqual([['cloze', 1, 'Xi Jinping', 'kept'], ['cloze', 2, 'Beijing', 'kept']]);
    expect(made.every((c) => c.source.text.startsWith(SENTENCE))).toBe(true);
    await expect(page.getByRole('list', { name: 'Cards in study' }).getByRole('listitem').filter({ hasText: 'stay in [...] culminated' })).toBeVisible();

    // Studied as Anki does: one card per number, asking its gap with the other one filled in.
    await page.goto(`${shell.url}#/study/${await sampleId(page, shell)}`);
    const card = page.getByRole('article', { name: 'Card' });
    await expect(card).toContainText(/stay in \s*\?\s* culminated .* President Xi Jinping|stay in Beijing culminated .* President \s*\?\s*,/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
    await expect(card).toContainText('stay in Beijing culminated on Monday with a meeting with Chinese President Xi Jinping,');
  });

  test('a phrase (the toolbar’s Make card) as a question and answer', async ({ page, shell }) => {
    await openReader(page, shell);
    await select(page, 'conciliatory signal');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Make card' }).click();
    const editor = editorOf(page);
    await editor.getByRole('radio', { name: 'Question and answer' }).check();
    await expect(editor.getByRole('textbox', { name: 'Question' })).toHaveValue(/sends a \[\.\.\.\] from Beijing/);
    await expect(editor.getByRole('textbox', { name: 'Answer' })).toHaveValue('conciliatory signal');
    await editor.getByRole('textbox', { name: 'Question' }).fill('What did the meeting with Xi send, by Beijing’s choice?');
    await expect(editor.getByRole('region', { name: 'Preview' })).toContainText('What did the meeting with Xi send');
    await editor.getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(editor).toBeHidden();
    const [card] = await madeCards(page, shell);
    expect(card).toMatchObject({ kind: 'qa', status: 'kept', back: 'conciliatory signal', front: 'What did the meeting with Xi send, by Beijing’s choice?' });
  });

  test('a whole sentence as multiple choice: every option edited, one marked, duplicates refused', async ({ page, shell }) => {
    await openReader(page, shell);
    await select(page, FIRST);
    await page.keyboard.press('c');
    const editor = editorOf(page);
    // No gap to make of a whole sentence: it opens as the answer to a question.
    await expect(editor.getByRole('radio', { name: 'Question and answer' })).toBeChecked();
    await expect(editor.getByRole('textbox', { name: 'Answer' })).toHaveValue(FIRST);
    await editor.getByRole('radio', { name: 'Multiple choice' }).check();
    await editor.getByRole('textbox', { name: 'Question' }).fill('Who visited China for two days?');
    await editor.getByLabel('Option 1', { exact: true }).fill('John Kerry');
    await editor.getByLabel('Option 2', { exact: true }).fill('john  KERRY');
    await expect(editor.getByText('The option "john  KERRY" is there twice.')).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Keep', exact: true })).toBeDisabled();
    await editor.getByLabel('Option 2', { exact: true }).fill('Antony Blinken');
    await editor.getByRole('button', { name: 'Add option' }).click();
    await expect(editor.getByLabel('Option 3', { exact: true })).toBeFocused();
    await page.keyboard.type('Mike Pompeo');
    await editor.getByLabel('Option 2 is the answer').check();
    await expect(editor.getByRole('region', { name: 'Preview' }).getByRole('listitem')).toHaveText(['John Kerry', /^Antony Blinken\s*\(answer\)$/, 'Mike Pompeo']);
    await editor.getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(editor).toBeHidden();
    const [card] = await madeCards(page, shell);
    expect(card).toMatchObject({ kind: 'choice', back: 'Antony Blinken', choices: ['John Kerry', 'Antony Blinken', 'Mike Pompeo'], source: { text: FIRST } });
  });

  test('a triple-clicked paragraph opens the editor (not an error); gaps are marked in it with Ctrl+Shift+C', async ({ page, shell }) => {
    await openReader(page, shell);
    const paragraph = page.locator('[data-paragraph]').filter({ hasText: SENTENCE });
    await paragraph.click({ clickCount: 3 });
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Make card' }).click();
    const editor = editorOf(page);
    await expect(editor).toBeVisible();
    const whole = (await paragraph.textContent())!.trim();
    await expect(editor.getByRole('textbox', { name: 'Answer' })).toHaveValue(whole);
    await editor.getByRole('radio', { name: 'Cloze' }).check();
    const text = editor.getByLabel('Text with gaps');
    await expect(text).toHaveValue(whole);
    await expect(editor.getByText('No gap yet')).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Keep', exact: true })).toBeDisabled();
    await selectInField(text, 'Xi Jinping');
    await page.keyboard.press('Control+Shift+C');
    await selectInField(text, 'Monday');
    await page.keyboard.press('Control+Alt+Shift+C');
    await expect(text).toHaveValue(/on \{\{c1::Monday\}\} with .* \{\{c1::Xi Jinping\}\}/);
    await editor.getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(editor).toBeHidden();
    const [card, ...rest] = await madeCards(page, shell);
    expect(rest).toHaveLength(0);
    expect(card).toMatchObject({ kind: 'cloze', gap: 1, back: 'Monday … Xi Jinping', source: { text: whole } });
  });

  test('Cancel and Escape save nothing; focus stays inside the dialog and comes back to the page', async ({ page, shell }) => {
    await openReader(page, shell);
    await select(page, 'Xi Jinping');
    await page.keyboard.press('c');
    const editor = editorOf(page);
    await expect(editor.getByRole('radio', { name: 'Cloze' })).toBeFocused();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect(editor).toBeHidden();

    await select(page, 'conciliatory signal');
    await page.keyboard.press('c');
    await expect(editor).toBeVisible();
    await editor.getByLabel('Text with gaps').fill('Nothing {{c1::kept}} here.');
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    expect(await madeCards(page, shell)).toEqual([]);
  });

  test('a highlight: C on it (or its Make card button) opens the editor with its words', async ({ page, shell }) => {
    await openReader(page, shell);
    await select(page, 'Xi Jinping');
    await page.keyboard.press('h');
    const mark = page.getByRole('region', { name: 'Article text' }).locator('mark.hl-yellow');
    await expect(mark).toHaveText('Xi Jinping');
    await mark.click();
    const item = page.locator('li[data-highlight-item]').filter({ hasText: 'Xi Jinping' });
    await expect(item).toBeFocused();
    await page.keyboard.press('c');
    const editor = editorOf(page);
    await expect(editor.getByLabel('Text with gaps')).toHaveValue(/\{\{c1::Xi Jinping\}\}/);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('button', { name: 'Make card' }).click();
    await expect(editor.getByLabel('Text with gaps')).toHaveValue(/\{\{c1::Xi Jinping\}\}/);
    await editor.getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(editor).toBeHidden();
    expect((await madeCards(page, shell)).map((c) => c.back)).toEqual(['Xi Jinping']);
  });

  test('editing a generated multiple-choice card in triage edits its options', async ({ page, shell }) => {
    await openReader(page, shell);
    const panel = page.getByRole('complementary', { name: 'Study panel' });
    const choice = panel.getByRole('listitem', { name: /^Multiple choice card/ }).first();
    await choice.focus();
    await page.keyboard.press('e');
    const option2 = choice.getByLabel('Option 2', { exact: true });
    await expect(option2).toBeVisible();
    const answerIndex = await choice.getByRole('radio').evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
    const edited = answerIndex === 1 ? 'Option 1' : 'Option 2';
    await choice.getByLabel(edited, { exact: true }).fill('Somebody Else');
    await choice.getByRole('button', { name: 'Save and keep' }).click();
    const id = await sampleId(page, shell);
    await expect.poll(async () => (await api<Card[]>(page, shell, 'cards:browse', { articleId: id, kind: 'choice' })).some((c) => c.choices?.includes('Somebody Else') && c.status === 'kept')).toBe(true);
    const card = (await api<Card[]>(page, shell, 'cards:browse', { articleId: id, kind: 'choice' })).find((c) => c.choices?.includes('Somebody Else'))!;
    expect(card.choices).toContain(card.back);
  });

  test('screenshot of the editor', async ({ page, shell }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReader(page, shell);
    await select(page, 'Xi Jinping');
    await page.keyboard.press('c');
    const editor = editorOf(page);
    const text = editor.getByLabel('Text with gaps');
    await selectInField(text, 'Beijing');
    await editor.getByRole('button', { name: 'New gap (c2)' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(import.meta.dirname, '..', 'docs', 'screenshots', 'card-editor.png') });
  });
});
