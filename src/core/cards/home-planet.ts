// "On [...], water rains down from clouds": a blank on our own planet (or "the world") is the
// obvious other half of a contrast, answered by anyone without reading the text.

const HOME = /^(?:the\s+)?(?:Earth|earth|world|planet Earth)(?:['’]s)?$/;

/** The answer is Earth or the world, which every reader already knows. */
export function homePlanet(answer: string): boolean {
  return HOME.test(answer.trim());
}
