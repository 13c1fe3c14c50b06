// Rich articles in the reader against the real host: an EPUB's chapters, table of contents and
// image, and a hostile web page that must stay inert (no script, no frame, no navigation, no
// request off the machine) with its one https link opening only after the user says yes.
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { test, expect, type Shell } from './fixtures.js';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const PROSE = (topic: string) =>
  `<p>The keeper wrote about ${topic} in a long letter to his sister, describing the sea, the weather and the boats that passed the rocks each morning before the fog lifted.</p>` +
  `<p>Every entry in the logbook about ${topic} was dated and signed, and the inspector who came each spring read them all with care before he left again on the supply boat.</p>`;

const CHAPTERS = [
  { title: 'The Tower', body: `<h1>The Tower</h1>${PROSE('the tower')}<figure><img src="../images/lamp.png" alt="The great lamp"/><figcaption>The lamp, lit at dusk.</figcaption></figure>${PROSE('the lamp')}` },
  { title: 'The Storm', body: `<h1>The Storm</h1>${PROSE('the storm')}${PROSE('the lens')}<ul><li>Oil for the lamp</li><li>Bread for a week</li></ul>` },
  { title: 'The Calm', body: `<h1>The Calm</h1>${PROSE('the calm')}<blockquote><p>Keep the light, whatever happens.</p></blockquote>` },
];

function buildEpub(): Uint8Array {
  const manifest = CHAPTERS.map((_, i) => `<item id="c${i}" href="text/ch${i}.xhtml" media-type="application/xhtml+xml"/>`).join('');
  const spine = CHAPTERS.map((_, i) => `<itemref idref="c${i}"/>`).join('');
  const nav = CHAPTERS.map((c, i) => `<li><a href="text/ch${i}.xhtml">${c.title}</a></li>`).join('');
  const files: Record<string, Uint8Array> = {
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:lectern-e2e</dc:identifier><dc:title>The Lighthouse Keeper</dc:title><dc:creator>Mara Quill</dc:creator><dc:language>en</dc:language></metadata>
  <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>${manifest}<item id="img" href="images/lamp.png" media-type="image/png"/></manifest>
  <spine>${spine}</spine>
</package>`),
    'OEBPS/nav.xhtml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body><nav epub:type="toc"><ol>${nav}</ol></nav></body></html>`,
    ),
    'OEBPS/images/lamp.png': PNG,
  };
  CHAPTERS.forEach((c, i) => {
    files[`OEBPS/text/ch${i}.xhtml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${c.title}</title></head><body>${c.body}</body></html>`);
  });
  return zipSync(files);
}

const HOSTILE = `<!doctype html><html><head><title>A perfectly normal page</title>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<script>window.__pwned = 1</script>
<link rel="stylesheet" href="https://evil.example/style.css">
</head><body><article>
<h1>A perfectly normal page</h1>
<p>This page looks like an ordinary article about gardening, with several sentences of text so that it is kept as the main content of the page by the cleanup.</p>
<p><img src="x" onerror="window.__pwned = 2" alt="broken"> Tomatoes need sun, water and patience; most of all they need a gardener who checks them every morning.</p>
<p>Do not <a href="javascript:window.__pwned = 3">click</a> here, but do read <a href="https://example.org/garden">the gardening guide</a> for more.</p>
<iframe src="https://evil.example/frame"></iframe>
<p>A last paragraph about compost, which should be turned every few weeks and kept moist but never soaked through.</p>
<img src="https://evil.example/tracker.png" alt="Remote picture">
</article></body></html>`;

async function importFile(page: Page, shell: Shell, name: string, bytes: Uint8Array): Promise<string> {
  const response = await page.request.post(`${shell.origin}/api/articles:importData`, {
    data: { files: [{ name, data: Buffer.from(bytes).toString('base64') }] },
  });
  const body = (await response.json()) as { ok: boolean; value: { outcomes: { kind: string; id?: string; error?: string }[] } };
  const outcome = body.value.outcomes[0]!;
  expect(outcome.kind, JSON.stringify(outcome)).toBe('imported');
  return outcome.id!;
}

test('an EPUB opens with its chapters, a table of contents that jumps to them, and its image', async ({ page, shell }) => {
  await page.goto(shell.url);
  const id = await importFile(page, shell, 'lighthouse.epub', buildEpub());
  await page.goto(`${shell.url}#/read/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse Keeper' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Oil for the lamp' })).toHaveCount(1);

  const image = page.getByRole('region', { name: 'Article text' }).locator('figure img');
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect(image).toHaveAttribute('alt', 'The great lamp');
  await expect(page.locator('figcaption')).toHaveText('The lamp, lit at dusk.');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Contents' }).click();
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('button')).toHaveText(['The Tower', 'The Storm', 'The Calm']);
  await toc.getByRole('button', { name: 'The Storm' }).click();
  await expect(toc).toBeHidden();
  const heading = page.getByRole('heading', { name: 'The Storm' });
  await expect(heading).toBeInViewport();
  expect(await page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTop)).toBeGreaterThan(100);

  await page.getByRole('button', { name: 'About this article' }).click();
  const about = page.getByRole('dialog', { name: 'About this article' });
  await expect(about).toContainText('EPUB book');
  await expect(about).toContainText('lighthouse.epub');
  await expect(about).toContainText('utf-8');
});

test('a hostile page stays inert; its https link opens only after confirming', async ({ page, shell, context }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(shell.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.goto(shell.url);
  const id = await importFile(page, shell, 'normal-page.html', strToU8(HOSTILE));
  await page.goto(`${shell.url}#/read/${id}`);
  await expect(page.getByText('Tomatoes need sun')).toBeVisible();
  await page.waitForTimeout(500);

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  expect(await pwned()).toBeUndefined();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('script:not([type="module"]):not([src])')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onclick], a[href^="javascript:"]').length)).toBe(0);
  await expect(page.getByRole('region', { name: 'Article text' }).getByRole('link')).toHaveCount(1);
  expect(new URL(page.url()).origin).toBe(shell.origin);

  // The link asks first; Cancel keeps us here, Open opens it in a new window (never this one).
  await context.route('https://example.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' }));
  const link = page.getByRole('link', { name: 'the gardening guide' });
  await expect(link).toHaveAttribute('href', 'https://example.org/garden');
  await link.click();
  const ask = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await expect(ask).toContainText('https://example.org/garden');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(context.pages()).toHaveLength(1);

  await link.click();
  const popup = context.waitForEvent('page');
  await ask.getByRole('button', { name: 'Open link' }).click();
  const opened = await popup;
  await expect.poll(() => opened.url()).toBe('https://example.org/garden');
  expect(new URL(page.url()).origin).toBe(shell.origin);
  expect(await pwned()).toBeUndefined();
  // Nothing but the confirmed link (answered locally above) ever left for another host.
  expect(foreign.filter((u) => !u.startsWith('https://example.org/garden'))).toEqual([]);
});
