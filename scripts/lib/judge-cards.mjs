// How a judging packet shows one card: one heading, then front, options, answer and source
// sentence, the same in a full packet (judge-packet.mjs) and a packet of new cards (judge-unknown.mjs).
export const cardLines = (heading, c) => [
  `### ${heading}. id ${c.id} — ${c.kind}`,
  `- front: ${c.front}`,
  ...(c.choices ? [`- options: ${c.choices.join(' | ')}`] : []),
  `- answer: ${c.back}`,
  `- source sentence: ${c.source.text}`,
  '',
];
