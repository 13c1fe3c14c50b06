// "One study in 24 adults found that drinking [...] of water before a meal reduced …", "another
// study in [...] showed …": in the report of one study, the dose it happened to give and the people
// it happened to test are parameters of that experiment. What a reader keeps is the effect (the
// figure after "reduced", "increased"), which stays askable.

const B = '\\[\\.\\.\\.\\]';
const STUDY = '(?:study|trial|experiment|review|survey|analysis)';
const REPORTS = '(?:found|showed|shows|show|suggested|suggests|reported|observed|demonstrated|revealed|concluded)';
/** Verbs that state a study's outcome: the part of the sentence after one is the effect. */
const EFFECT =
  '(?:increased|decreased|reduced|lowered|raised|improved|led|resulted|caused|cut|boosted|enhanced|promoted|prevented|stopped|helped|was|were|had|lost|gained|doubled|halved|linked|associated)';
/**
 * The blank falls in the condition tested: "found that <doing something> …" up to the outcome verb.
 * A finding that opens on its figure ("found that [...] of voters …") is the result, not a setting.
 */
const IN_CONDITION = new RegExp(`\\b${STUDY}\\b[^.;]*?\\b${REPORTS}\\s+that\\s+(?:\\w+ly\\s+)?\\w+ing\\b(?:(?!\\b${EFFECT}\\b)[^.;])*?${B}`, 'i');
/** People a study takes part in: a blank before one of these is how many or which of them took part. */
const PEOPLE =
  '(?:people|persons|adults|children|kids|teens|teenagers|adolescents|infants|babies|men|women|participants|patients|subjects|volunteers|students|individuals|workers|employees|nurses|doctors|smokers|athletes|respondents|mothers|fathers|parents|couples|twins|veterans|residents|households|mice|rats|dogs|cats|animals)';
const ABOUT = '(?:over\\s+|more than\\s+|nearly\\s+|about\\s+|almost\\s+)?';
/**
 * The blank is who or how many took part: "a study in [...] (people)", "a study of [...] adults".
 * An experiment is run "in" or "among" people; what a study, an analysis or a survey is "of" is
 * its subject ("an analysis of [tree rings]"), a population only when people follow the blank.
 */
const POPULATION = new RegExp(
  `\\b(?:(?:study|trial|experiment)\\s+(?:in|among|with)\\s+${ABOUT}${B}|${STUDY}\\s+(?:in|of|among|with|on)\\s+${ABOUT}${B}\\s+(?:\\w+\\s+)?${PEOPLE}\\b)(?=[^.;]*\\b${REPORTS}\\b)`,
  'i',
);

/** The answer is a setting of one reported study rather than its finding. */
export function studyParameter(front: string, answer: string): boolean {
  if (POPULATION.test(front)) return true;
  // Only amounts: a term in the condition ("practicing [mindfulness] reduced …") is what was tested, the point.
  return /\d/.test(answer) && IN_CONDITION.test(front);
}
