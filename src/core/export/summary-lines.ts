// The summary note as headed lists of plain lines, shared by the Markdown and HTML exports.
import type { Summary } from '../../shared/notes.js';

export interface SummarySection {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function summarySections(s: Summary): SummarySection[] {
  const withRole = (x: { name: string; role: string | null }) => (x.role ? `${x.name} — ${x.role}` : x.name);
  return [
    { heading: 'Key points', lines: s.keyPoints.map((p) => p.text) },
    { heading: 'People', lines: s.people.map(withRole) },
    { heading: 'Organisations', lines: s.organizations.map(withRole) },
    { heading: 'Places', lines: s.places.map((p) => p.name) },
    { heading: 'Timeline', lines: s.timeline.map((t) => `${t.date} — ${t.event}`) },
    { heading: 'Numbers', lines: s.numbers.map((n) => `${n.value} — ${n.what}`) },
  ].filter((section) => section.lines.length > 0);
}

/** A card's question as shown outside Lectern: a choice card lists its options. */
export function questionOf(card: { readonly front: string; readonly choices?: readonly string[] | undefined }): string {
  return card.choices?.length ? `${card.front} (${card.choices.join(' · ')})` : card.front;
}
