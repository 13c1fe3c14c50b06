// The concept gate admits expository text only: a passage that explains what something is or how
// it works, in the general present. A story reports, quotes, speaks to or as a person, or tells
// dated events in the past, even when it names few people: its phrases are filler, not terms.
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { isConceptText } from '../../../src/core/cards/concept-text.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom } from './helpers.js';

const gate = (text: string): boolean => {
  const article = articleFrom(text);
  return isConceptText(buildContext(analyzeBlocks(article.blocks), article.blocks, article.title));
};

// Invented for the spec: an explanation in the general present, no one quoted or addressed.
const SOILS =
  'How soil forms\n\n' +
  'Soil forms where weathered rock mixes with organic matter over long periods. Physical weathering breaks the parent rock into smaller grains without changing its minerals. Chemical weathering alters those minerals, so clay minerals build up in the lower layers.\n\n' +
  'Organic matter comes mostly from dead roots and leaf litter on the surface. Earthworms and fungi break the litter down into humus, which holds water and nutrients. A soil rich in humus is dark and crumbly, while a sandy soil drains quickly and holds few nutrients.\n\n' +
  'Over time a soil develops distinct layers called horizons. The topsoil holds most of the humus and the roots, and the subsoil collects clay washed down from above. The deepest horizon is partly weathered parent rock.\n';

// Invented for the spec: a name-light product review, in the present, with a reviewer who says things and speaks to the reader.
const REVIEW =
  'A quiet kettle with a loud price\n\n' +
  'The new kettle looks like a small lantern and boils a full litre in under four minutes. Its maker says the heating plate is the quietest on the market, and the claim mostly holds up. You can hear a soft hum, but nothing like the roar of older kettles.\n\n' +
  'The lid opens with one button and the spout pours cleanly without dripping. We found the water gauge hard to read in a dim kitchen, though the blue light helps. The designer says the handle stays cool because of a double wall of plastic.\n\n' +
  'At this price you are paying for silence and looks rather than speed. The cheaper model boils faster, the company says, yet it is twice as loud. For a quiet morning kitchen, the new kettle is still the one to pick.\n';

// Invented for the spec: a name-light report of dated events in the past.
const FLOOD =
  'Flood closes the valley road\n\n' +
  'Heavy rain flooded the valley road on Monday after the river rose overnight. Crews closed the bridge before dawn and drivers waited for hours at the junction. The water reached the doors of several shops by noon.\n\n' +
  'Last week a smaller flood had already damaged the drains near the school. The council sent pumps on Tuesday, but the pumps failed when the power went out. Residents carried sandbags to the lower houses through the afternoon.\n\n' +
  'The road reopened late on Wednesday once the river fell. Engineers inspected the bridge and found cracks in one of its piers. The repairs will take several months, officials said.\n';

// Invented for the spec: one encyclopedia paragraph of four long sentences, about 110 words, naming no one.
const LIMESTONE =
  'Limestone caves\n\n' +
  'Most limestone caves form where slightly acidic groundwater seeps through joints in the rock and slowly dissolves the calcium carbonate along its path. ' +
  'Over thousands of years the widened joints join into passages, and where the water table later drops the passages drain and fill with air. ' +
  'Dripping water that loses carbon dioxide to the cave air deposits calcite again, which builds stalactites from the ceiling and stalagmites from the floor. ' +
  'Geologists have suggested that some deep caves were instead dissolved by sulfuric acid rising from below, although such suggestions remain controversial.\n';

describe('the concept gate', () => {
  it('admits a single encyclopedia paragraph of a few long sentences, and its terms become cards', () => {
    expect(gate(LIMESTONE)).toBe(true);
    const backs = generateCards(articleFrom(LIMESTONE)).cards.map((c) => c.back);
    expect(backs.length).toBeGreaterThanOrEqual(2);
  });

  it('admits an explanation in the general present', () => {
    expect(gate(SOILS)).toBe(true);
  });
  it('does not admit a name-light review that reports what its maker says and speaks to the reader', () => {
    expect(gate(REVIEW)).toBe(false);
  });
  it('does not admit a name-light report of dated past events', () => {
    expect(gate(FLOOD)).toBe(false);
  });
});
