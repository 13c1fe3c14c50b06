// "Renault reckons that might be closer to [...] miles": after a verb of saying or thinking,
// "that" followed straight by a verb is a pronoun for something told before (here, the range),
// not the start of a clause. The front never says what it points to, so the blank is ambiguous.

const REPORT = String.raw`(?:estimates?|estimated|says?|said|thinks?|thought|believes?|believed|expects?|expected|reckons?|figures?|suggests?|notes?|adds?|argues?|claims?)`;
const VERB = String.raw`(?:could|would|will|might|may|can|should|must|is|was|means?|meant|makes?|made)`;
const POINTING_THAT = new RegExp(String.raw`\b${REPORT}\s+that\s+${VERB}\b`, 'i');

/** The front leans on a "that" whose referent it does not give. */
export function danglingThat(front: string): boolean {
  return POINTING_THAT.test(front);
}
