// Gap cards on a side detail rather than a fact of the text (issue 14's quality rules): each rule
// is one pattern of trivia, filler or general knowledge, in its own module.
import { inConversionAside } from './conversion-asides.js';
import { datesACitation } from './citation-dates.js';
import { danglingThat } from './dangling-that.js';
import { datesAFigure } from './dated-figures.js';
import { listItem } from './list-items.js';
import { scoreOpponent } from './score-opponents.js';
import { homePlanet } from './home-planet.js';
import { modelYear } from './model-years.js';
import { continuesName } from './name-fragments.js';
import { notationAnswer } from './notation-answers.js';
import { studyParameter } from './study-parameters.js';
import { speakerAside } from './speaker-asides.js';
import { writersMethod } from './writers-method.js';

/** The blank of `front` holds `answer`, a side detail no card should ask for. */
export function sideDetail(front: string, answer: string): boolean {
  return (
    inConversionAside(front) ||
    notationAnswer(answer) ||
    homePlanet(answer) ||
    continuesName(front, answer) ||
    speakerAside(front) ||
    danglingThat(front) ||
    datesAFigure(front, answer) ||
    datesACitation(front, answer) ||
    studyParameter(front, answer) ||
    writersMethod(front) ||
    listItem(front) ||
    scoreOpponent(front) ||
    modelYear(front, answer)
  );
}
