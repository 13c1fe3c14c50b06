// "A [...] study by Perotti examined …", "In [...], Smith and Jones showed that …", "presented
// evidence in [...]": the year a study, report or review came out is its citation. The finding is
// the fact worth a card; the year it was published is bookkeeping a reader does not keep. Years
// of events ("the treaty was signed in [...]") are untouched.

const YEAR = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/;
const B = '\\[\\.\\.\\.\\]';
/** Works whose date is a citation, not an event of the story. */
const WORK = '(?:study|studies|report|review|survey|paper|analysis|meta-analysis|article|experiment)';
/** Works that are published, whose year is a citation: an experiment is not among them. */
const PUBLISHED = '(?:[Ss]tudy|[Ss]tudies|[Rr]eport|[Rr]eview|[Ss]urvey|[Pp]aper|[Aa]nalysis|[Mm]eta-analysis|[Aa]rticle)';
/** Verbs that report what a piece of research established. */
const FINDING = '(?:showed|shown|found|argued|demonstrated|proposed|presented|published|suggested|concluded|reported|established|theorized|theorised)';
const PATTERNS = [
  // "a [...] study by …", "a [...] report on …", "a [...] Harvard study". Case kept: only a name
  // may stand between the year and the work. An experiment is an event ("the [...] experiment by
  // Eddington"), not a publication.
  new RegExp(`\\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\\s+${B}\\s+(?:[A-Z][\\w-]*\\s+)?${PUBLISHED}\\b`),
  // "In [...], Galor and Zeira showed that …": the year opens the report of a finding. Only with
  // "that": "In [...], Darwin published On the Origin of Species" is an event, not a citation.
  new RegExp(`\\bIn\\s+${B},?\\s+(?:[A-Z][\\w'’-]+\\s+){1,3}(?:(?:and|&)\\s+(?:[A-Z][\\w'’-]+\\s+){1,3})?(?:showed|found|argued|demonstrated|suggested|concluded|estimated)\\s+that\\b`),
  // "presented evidence in [...]", "published a study in [...]"
  new RegExp(`\\b${FINDING}\\s+(?:(?:new|the|a|an|his|her|their)\\s+)?(?:evidence|findings|research|data|results|${WORK})\\s+in\\s+${B}`, 'i'),
];

/** The answer is only the year a piece of research named on the front was published. */
export function datesACitation(front: string, answer: string): boolean {
  return YEAR.test(answer.trim()) && PATTERNS.some((p) => p.test(front));
}
