// Library settings (theme, font size, import limit, the first-run tour). They live in the library
// home, so the desktop app and the browser shell share them; changes apply at once and are saved
// in the background.
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../../../shared/types';
import { api } from './api';

export const MIN_FONT = 14;
export const MAX_FONT = 30;

export class SettingsState {
  #theme = $state<Theme>(DEFAULT_SETTINGS.theme);
  #fontSize = $state(DEFAULT_SETTINGS.fontSize);
  #maxFileMiB = $state(DEFAULT_SETTINGS.maxFileMiB);
  /** Until settings are loaded the tour counts as seen, so it never flashes up for a moment. */
  #tourSeen = $state(true);
  #loaded = $state(false);

  get theme(): Theme {
    return this.#theme;
  }
  get fontSize(): number {
    return this.#fontSize;
  }
  get maxFileMiB(): number {
    return this.#maxFileMiB;
  }
  get tourSeen(): boolean {
    return this.#tourSeen;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  async load(): Promise<void> {
    this.#apply(await api['settings:get']({}));
    this.#loaded = true;
  }

  #apply(settings: Settings): void {
    this.#theme = settings.theme;
    this.#fontSize = settings.fontSize;
    this.#maxFileMiB = settings.maxFileMiB;
    this.#tourSeen = settings.tourSeen;
  }

  setTheme(theme: Theme): Promise<unknown> {
    this.#theme = theme;
    return api['settings:set']({ theme });
  }

  /** Saves several settings at once (the settings view); the saved values come back. */
  async save(change: { theme?: Theme; fontSize?: number; maxFileMiB?: number }): Promise<Settings> {
    const saved = await api['settings:set'](change);
    this.#apply(saved);
    return saved;
  }

  /** The first-run tour was finished or skipped: it is not shown again. */
  finishTour(): Promise<unknown> {
    this.#tourSeen = true;
    return api['settings:set']({ tourSeen: true });
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
