// Child process of two-writers.test.ts: writes one field of the sample many times through
// the real, compiled store, as the app and the CLI would at the same time.
import { Library } from '../../out/node/host/services/library.js';

const [home, field, count] = process.argv.slice(2);
const library = Library.open(home);
const id = library.list()[0].id;
for (let i = 1; i <= Number(count); i++) {
  if (field === 'progress') library.setProgress(id, i / 1000);
  else if (field === 'title') library.rename(id, `Title ${i}`);
  else library.setTags(id, [`tag-${i}`]);
}
