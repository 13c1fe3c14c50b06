// What the app asks the host for once, at start: settings, the library and its trash, the
// store's recoveries and the article folders it had to leave out; and on a plain start, the
// article last read (in a fresh library, the sample).
import { api } from './api';
import { library } from './library.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';
import { settings } from './settings.svelte';

export function loadAtStart(): void {
  settings.load().catch((e: unknown) => notices.error(e));
  const plainStart = router.isPlainStart;
  library.refresh().then(
    () => {
      // Not if a view was chosen meanwhile.
      if (!plainStart || !router.isPlainStart) return;
      const target = library.articles.find((a) => a.id === router.lastArticle) ?? library.articles[0];
      if (target) router.go({ view: 'reader', id: target.id });
    },
    (e: unknown) => notices.error(e),
  );
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
