// The theme on the page: the chosen one on <html>, with 'system' resolved here to the light or
// dark look (following the system when it changes), so the stylesheet defines each theme once.
import { MediaQuery } from 'svelte/reactivity';
import { settings } from './settings.svelte';

/** Keeps <html data-theme> in step with the setting and the system; call while a component
 * (the app) is being set up, so the sync ends with it. */
export function syncTheme(): void {
  const systemDark = new MediaQuery('(prefers-color-scheme: dark)');
  // An effect: <html> is outside the component tree.
  $effect(() => {
    const root = document.documentElement;
    root.dataset['themeChoice'] = settings.theme;
    root.dataset['theme'] = settings.theme === 'system' ? (systemDark.current ? 'dark' : 'light') : settings.theme;
  });
}
