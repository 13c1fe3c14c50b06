// Child process of crash.test.ts: writes through the real, compiled store (out/node) as fast as
// it can and acknowledges each write on stdout only after the call returned. The parent
// SIGKILLs it at random moments.
import { writeSync } from 'node:fs';
import { cardRequest, libraryRanking, studySettingsOf } from '../../out/node/host/services/card-generation.js';
import { Library } from '../../out/node/host/services/library.js';
import { detectLanguage } from '../../out/node/core/parse/language.js';

const [home, samplesDir, runTag] = process.argv.slice(2);
const library = Library.open(home, { samplesDir });
const sampleId = '48b49f7991c0da8e';
const ack = (line) => writeSync(1, `${line}\n`);
// Imports write the article's cards too, made in the parse worker: it starts and loads the
// language model once, before the kills start. Reading pasted text detects its language here,
// and the detector's model loads on first use: that happens before the kills start too.
const store = library.store;
const sample = store.parsed('articles', sampleId).article;
detectLanguage(sample.blocks.map((block) => block.text).join('\n'));
await library.makeCards(cardRequest(sample, studySettingsOf(store), libraryRanking(store, new Date())));
ack('ready');

// Every write carries `order`, increasing across runs, so the parent can tell an acknowledged
// value from a later, unacknowledged one that also landed.
for (let seq = 0; ; seq++) {
  const order = Number(runTag) * 1_000_000 + seq;
  switch (seq % 4) {
    case 0: {
      const report = await library.importText(`Crash article ${runTag}-${seq}\n\nThis body was written by run ${runTag} at step ${seq}.`, `crash-${runTag}-${seq}`);
      const outcome = report.outcomes[0];
      if (outcome.kind !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
      ack(`import ${outcome.id}`);
      break;
    }
    case 1: {
      library.setProgress(sampleId, order / 1e9);
      ack(`progress ${order}`);
      break;
    }
    case 2: {
      library.rename(sampleId, `Title ${order}`);
      ack(`rename ${order}`);
      break;
    }
    case 3: {
      library.setTags(sampleId, [`crash`, `order-${order}`]);
      ack(`tags ${order}`);
      break;
    }
  }
}
