// Reader settings (theme, font size). They live in the library home, so the desktop app and
// the browser shell share them; changes apply at once and are saved in the background.
import { DEFAULT_SETTINGS, type Theme } from '../../../shared/types';
import { api } from './api';

export const MIN_FONT = 14;
export const MAX_FONT = 30;

export class SettingsState {
  #theme = $state<Theme>(DEFAULT_SETTINGS.theme);
  #fontSize = $state(DEFAULT_SETTINGS.fontSize);
  #loaded = $state(false);

  get theme(): Theme {
    return this.#theme;
  }
  get fontSize(): number {
    return this.#fontSize;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  async load(): Promise<void> {
    const settings = await api['settings:get']({});
    this.#theme = settings.theme;
    this.#fontSize = settings.fontSize;
    this.#loaded = true;
  }

  setTheme(theme: Theme): Promise<unknown> {
    this.#theme = theme;
    return api['settings:set']({ theme });
  }

  /** Steps the reader font size by `delta` pixels, within MIN_FONT–MAX_FONT. */
  stepFont(delta: number): Promise<unknown> {
    const next = Math.min(MAX_FONT, Math.max(MIN_FONT, this.#fontSize + delta));
    if (next === this.#fontSize) return Promise.resolve();
    this.#fontSize = next;
    return api['settings:set']({ fontSize: next });
  }
}

export const settings = new SettingsState();
