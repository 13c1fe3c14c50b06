// How a judging packet shows one card: one heading, then the article title it is studied under
// (src/shared/card-heading.ts: left off where it holds the answer), front, options, answer and
// source sentence, the same in a full packet (judge-packet.mjs) and a packet of new cards
// (judge-unknown.mjs). `heading` null: the card as shown before cards had the title.
export const cardLines = (label, c, heading = null) => [
  `### ${label}. id ${c.id} — ${c.kind}`,
  ...(heading ? [`- shown under the article title: ${heading}`] : []),
  `- front: ${c.front}`,
  ...(c.choices ? [`- options: ${c.choices.join(' | ')}`] : []),
  `- answer: ${c.back}`,
  `- source sentence: ${c.source.text}`,
  '',
];

/** A packet's page for one text: the clean text as Lectern shows it, then its cards in rank order. */
export const packetMarkdown = (key, title, body, cards, headingOf) =>
  [
    `# ${key}: ${title}`,
    '',
    '## The text as Lectern shows it',
    '',
    body || '(empty body)',
    '',
    `## Cards (${cards.length}, in Lectern's rank order)`,
    '',
    ...cards.flatMap((c, i) => cardLines(`${i + 1}`, c, headingOf(c))),
  ].join('\n');
