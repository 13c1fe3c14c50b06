// Page furniture that copied web pages carry around a story (issue 15): newsletter boxes,
// gallery counters, picture credits, related-story headers and notes about the writer. All the
// text is made up; each line stands for a kind of furniture, not for one site.
import { describe, expect, it } from 'vitest';
import { body, page, parse } from './harbour-story.js';
import { paragraphs, ruleOf } from './helpers.js';

describe('page furniture around a story', () => {
  it('removes the newsletter box: its name, pitch, promise, consent, thanks and error', () => {
    const box = [
      'Morning Tide Newsletter',
      'Get the day’s harbour headlines sent to your inbox each morning.',
      'I agree that Harbour Daily can send me the "Morning Tide" newsletter.',
      'No spam, ever. Unsubscribe with one click whenever you like.',
      'Thanks for signing up!',
      'Sorry, something went wrong while processing your subscription.',
      'Need more sea stories? Subscribe to our sister magazine for the latest news from the coast!',
    ];
    const article = parse(page([], [], box));
    for (const line of box) expect(ruleOf(article, line), line).toBe('subscribe');
    expect(paragraphs(article)).toEqual(body);
  });

  it('keeps a paragraph that reports what someone said about a newsletter', () => {
    const reported = 'The council said its newsletter would land in your inbox every Friday, and residents told us they read it.';
    const article = parse(page([], [reported]));
    expect(paragraphs(article)).toContain(reported);
  });

  it('removes comment states and share counters', () => {
    const lines = ['Loading comments...', 'No comments yet', '1.2k shares'];
    const article = parse(page([], [], lines));
    expect(lines.map((l) => ruleOf(article, l))).toEqual(['comments', 'comments', 'share']);
  });

  it('removes gallery counters and captions that end in credits', () => {
    const lines = [
      'Image 2 of 6',
      'The new ferry terminal seen from the harbour wall. (Harbour Council/Coastal Images)',
      'Councillors gather on the quay at dawn.M. Holm / AP file',
      'This illustration shows the planned electric ferry at the island pier.',
    ];
    const article = parse(page([], lines));
    for (const line of lines) expect(ruleOf(article, line), line).toBe('caption');
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes the lines real pages leave between paragraphs: a sponsor, follow links, a bare address, a slide counter, a pointer to a map', () => {
    const lines = [
      ['Powered by HarbourRates.com', 'advertisement'],
      ['Follow Harbour Daily: Twitter | Facebook', 'share'],
      ['news@harbourdaily.example', 'boilerplate'],
      ['1 / 5', 'caption'],
      ['Map: Where the flood water reached', 'caption'],
      ['Learn More: Seven tips for a safer harbour', 'teaser'],
    ];
    const article = parse(page([], lines.map(([line]) => line!)));
    for (const [line, rule] of lines) expect(ruleOf(article, line!), line).toBe(rule);
    expect(paragraphs(article)).toEqual(body);
  });

  it('keeps sentences that merely start like such lines', () => {
    const kept = ['Powered by the tide, the mill ground flour for two centuries.', 'Follow the river north and the road climbs to the old quarry.'];
    const article = parse(page([], kept));
    for (const line of kept) expect(paragraphs(article)).toContain(line);
  });

  it('removes a related-stories list under "Most read stories" or "More Great Harbour Stories"', () => {
    for (const header of ['Most read stories', 'More Great Harbour Stories', 'Top stories in Nation', 'Popular on Harbour Daily']) {
      const teasers = ['Lighthouse keepers return to the north cape', 'Why the tide tables were wrong all summer'];
      const article = parse(page([], [], [header, ...teasers]));
      expect(ruleOf(article, header), header).toBe('related');
      for (const t of teasers) expect(ruleOf(article, t), t).toBe('related');
      expect(paragraphs(article)).toEqual(body);
    }
  });

  it('removes a list of other stories\' excerpts, each cut off with a "Read More" link, under its header', () => {
    const excerpts = [
      'The lighthouse keepers of the north cape went back to work on Monday after a long dispute over their pay and hours, ...\nRead More',
      'A new survey of the tide tables shows that the summer readings were wrong on most days, and the harbour master has asked ...\nRead More',
    ];
    // The first excerpt opens on two paragraphs of its story before the cut one: three prose paragraphs in a row.
    const lead = ['The keepers had walked out in May, and the cape light was run from the mainland for the whole of the summer season.', 'Their union says the new contract, signed late on Friday, restores the night shift that the council had cut two years ago.'];
    const article = parse(page([], [], ['Recommended Articles', 'Coast', ...lead, excerpts[0]!, 'Tides', excerpts[1]!]));
    expect(paragraphs(article)).toEqual(body);
  });

  it('keeps the story\'s own lede above a paywall\'s "Continue reading", and the short paragraph after it', () => {
    const lede = 'Islanders who feared a winter cut off from the mainland were told on Tuesday evening that their ferry will keep running until spring.';
    const short = 'The ferry leaves the island pier at seven each morning.';
    const story = [body[0]!, body[2]!, body[3]!, body[4]!];
    const text = ['Ferry to the outer islands will keep sailing this winter', `${lede}\nContinue reading`, short, ...story].join('\n\n');
    const article = parse(text);
    expect(paragraphs(article)).toEqual([lede, short, ...story]);
    // The link itself goes, on record with its reason.
    expect(article.removed.map((r) => r.text)).toEqual(['Continue reading']);
    expect(article.removed[0]?.reason).toMatch(/link/);
    // With a list of other stories' excerpts further down, the lede is still the story's.
    const excerpts = [
      'The lighthouse keepers of the north cape went back to work on Monday after a long dispute over their pay and hours, ...\nRead More',
      'A new survey of the tide tables shows that the summer readings were wrong on most days, and the harbour master has asked ...\nRead More',
    ];
    const listed = parse([text, 'Recommended Articles', ...excerpts].join('\n\n'));
    expect(paragraphs(listed)).toEqual([lede, short, ...story]);
  });

  it('keeps a lone paragraph of the story that ends on "Keep reading." (one such block is no list of other stories)', () => {
    const own = 'The ferry office in the old town will open an hour earlier from Monday, so that islanders can buy the new winter tickets before work.';
    const article = parse(page([], [`${own}\nKeep reading.`]));
    expect(paragraphs(article)).toEqual([body[0], body[1], own, ...body.slice(2)]);
  });

  it('keeps a paragraph that only mentions reading more', () => {
    const own = 'Residents who want to read more about the route can find the council\'s full report in the library, and the ferry office has copies too.';
    expect(paragraphs(parse(page([], [own])))).toContain(own);
  });

  it('takes a box label off the sentence it was glued to, and keeps a sentence that opens with the word', () => {
    const boxed = 'Summary The council will keep the ferry running through the winter on a shorter timetable.';
    const unboxed = parse(page([], [boxed]));
    expect(paragraphs(unboxed)).toContain('The council will keep the ferry running through the winter on a shorter timetable.');
    expect(ruleOf(unboxed, 'Summary')).toBe('boilerplate');
    const own = 'Summary judgments are rare in the island court, which hears most of its cases in full.';
    expect(paragraphs(parse(page([], [own])))).toContain(own);
  });

  it('takes a box label on a line of its own above its paragraph out on record', () => {
    const sentence = 'The council will keep the ferry running through the winter on a shorter timetable.';
    const article = parse(page([], [`Summary\n${sentence}`]));
    expect(paragraphs(article)).toEqual([body[0], body[1], sentence, ...body.slice(2)]);
    expect(ruleOf(article, 'Summary')).toBe('boilerplate');
  });

  it('leaves a title that opens with a label word, and prose that opens with "In summary" or "Takeaway"', () => {
    const title = 'Takeaways From the Harbour Council Vote on the Winter Ferry';
    const titled = parse([title, ...body].join('\n\n'));
    expect(titled.title).toBe(title);
    const own = [
      'In summary I would take the early ferry again, because the crossing was calm and the café on board was open.',
      'Takeaway Restaurants near the harbour stay open late on Fridays and sell fish from the morning boats.',
    ];
    const article = parse(page([], own));
    expect(paragraphs(article)).toEqual([body[0], body[1], ...own, ...body.slice(2)]);
    expect(article.removed).toEqual(parse(page()).removed);
  });

  it('removes notes about the writer: a contact line, and a bio at the foot of the page', () => {
    const contact = 'Email Ines Morel at imorel@harbourdaily.example or follow her on Twitter @inesmorel.';
    const bio = 'Ines Morel is a Staff Writer at Harbour Daily covering the islands, their ferries and their schools. She is based in the old town.';
    const article = parse(page([], [], [contact, bio]));
    expect(ruleOf(article, contact)).toBe('credits');
    expect(ruleOf(article, bio)).toBe('credits');
    // The story's own "Mara Lind is a reporter at …", near the top of the page, stays.
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes three headlines of other stories in a row inside the story, but not the story\'s own list', () => {
    const teasers = ['12 Strange Boats That Crossed the North Sea', 'Why Ferry Tickets Cost More in Winter', 'The 9 Oldest Lighthouses Still Working Today'];
    const sources = ['Nordic Yards, Bergen, Norway', 'Holm Marine Works, Gdansk, Poland', 'Coastal Ferries Limited, Cork, Ireland'];
    const article = parse(page([], [...sources, ...teasers, 'Originally published on Harbour Daily.']));
    for (const t of teasers) expect(ruleOf(article, t), t).toBe('related');
    const kept = article.blocks.map((b) => b.text);
    expect(kept).toEqual(expect.arrayContaining([...sources, 'Originally published on Harbour Daily.']));
  });

  it('removes the headlines under a bare "Related" label, up to the story\'s next paragraph', () => {
    const teasers = ['Island School Reopens With Three Pupils', 'How the Harbour Wall Survived the Storm'];
    const article = parse(page([], ['Related', ...teasers]));
    for (const t of teasers) expect(ruleOf(article, t), t).toBe('teaser');
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes bylines and time stamps the page repeats inside the story, but keeps a date the story itself gives', () => {
    const stamps = ['By Ines Morel and Tomas Berg', 'Ines Morel - Nov 19, 2024, 10:31 pm CET', 'Nov. 19, 2024, 8:41 AM UTC', 'Updated: Tuesday, November 19th, 2024 at 6:18 p.m.', 'Wordcount: 717'];
    const article = parse(page([], [...stamps, 'March 3, 2020']));
    expect(stamps.map((s) => ruleOf(article, s))).toEqual(['byline', 'byline', 'dateline', 'dateline', 'boilerplate']);
    expect(article.blocks.map((b) => b.text)).toContain('March 3, 2020');
  });

  it('removes a newsletter pitch only where it sits against its sign-up box', () => {
    const pitch = 'Get breaking harbour news on ferries, storms, lighthouses and more!';
    const boxed = parse(page([], [], ['Sign up for our e-mail newsletters', pitch, 'No spam, ever. Unsubscribe with one click whenever you like.']));
    expect(ruleOf(boxed, pitch)).toBe('subscribe');
    const alone = parse(page([], [pitch]));
    expect(alone.blocks.map((b) => b.text)).toContain(pitch);
  });

  it('removes affiliate disclosures and form-protection notices', () => {
    const notices = [
      'Harbour Daily is funded by its readers. If you buy something through a link in this story, we may earn a commission. Learn more',
      'This form is protected by reCAPTCHA. Google Privacy Policy | Terms of Use',
    ];
    const article = parse(page(notices.slice(0, 1), notices.slice(1)));
    for (const n of notices) expect(ruleOf(article, n), n).toBe('legal');
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes the caption under a gallery counter, whatever its wording', () => {
    const caption = 'The harbour master and two pilots on the bridge of the old ferry in the autumn light.';
    const article = parse(page([], ['Image 3 of 6', caption]));
    expect(ruleOf(article, caption)).toBe('caption');
    expect(paragraphs(article)).toEqual(body);
  });

  it('removes labelled credits and the citation list under "Sources:", up to the next sentence', () => {
    const credits = ['Researched by: Ines Morel, Tomas Berg', 'Edited by: Mara Lind'];
    const sources = ['Harbour Council, "Ferry Route Review," Nov. 12, 2024', 'Email interview with Jonas Berg, engineer at the island shipyard, Nov. 14, 2024'];
    const after = 'The council will publish the full review of the ferry route, with every letter the islanders sent, in the spring.';
    const article = parse(page([], [...credits, 'Sources:', ...sources, after]));
    for (const line of [...credits, 'Sources:', ...sources]) expect(ruleOf(article, line), line).toBe('credits');
    expect(article.blocks.map((b) => b.text)).toContain(after);
  });

  it('removes the site inviting letters and forum posts, but keeps a story that reports such an invitation', () => {
    const forum =
      'Join our Harbour Forums to keep talking ferries, tides and storms! Spotted a mistake, or have a story for us? Write to the desk at: desk@harbourdaily.example.';
    const letters = 'We want to hear your ideas and complaints. Write to the ferry desk with tips, and with the questions you most want answered.';
    const invitations = [forum, letters];
    const reported = 'We would love to hear your views, the harbour master told the islanders, and he said the council would read every letter about the ferry.';
    const article = parse(page([], [forum, reported, letters]));
    for (const line of invitations) expect(ruleOf(article, line), line).toBe('comments');
    expect(paragraphs(article)).toContain(reported);
  });
});
