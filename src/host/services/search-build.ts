// Builds and saves a library's search index in a process of its own, so the garbage of indexing
// thousands of articles never swells the long-running app or host: the caller then loads the
// saved index (a fraction of a second). Run as `node search-build.js <home>`; prints progress
// lines "<done> <total>" on stdout.
import { Library } from './library.js';
import { SearchService } from './search.js';

const home = process.argv[2];
if (home) {
  const search = new SearchService(Library.open(home).store, { builder: null });
  search.open((done, total) => process.stdout.write(`${done} ${total}\n`));
}
