// What the app asks the host for once, at start: settings, the library and its trash, the
// store's recoveries and the article folders it had to leave out; and on a plain start, the
// article last read (in a fresh library, the sample).
import { api } from './api';
import { library } from './library.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';
import { settings } from './settings.svelte';

/** The article last read if it is still in the library (it may be far past the first page),
 * else the one added last. */
async function articleToOpen(): Promise<string | undefined> {
  const last = router.lastArticle;
  if (last && library.find(last)) return last;
  const ids = await api['articles:ids']({ sort: 'added', shelf: 'all', tag: null, query: '' });
  return last && ids.includes(last) ? last : ids[0];
}

export function loadAtStart(): void {
  settings.load().catch((e: unknown) => notices.error(e));
  const plainStart = router.isPlainStart;
  library
    .refresh()
    .then(async () => {
      // Not if a view was chosen meanwhile.
      if (!plainStart || !router.isPlainStart) return;
      const target = await articleToOpen();
      if (target && router.isPlainStart) router.go({ view: 'reader', id: target });
    })
    .catch((e: unknown) => notices.error(e));
  library.refreshTrash().catch((e: unknown) => notices.error(e));
  api['library:takeRecoveries']({}).then(
    (r) => notices.setRecoveries(r),
    (e: unknown) => notices.error(e),
  );
  api['library:needsAttention']({}).then(
    (items) => notices.setAttention(items),
    (e: unknown) => notices.error(e),
  );
}
