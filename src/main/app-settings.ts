// The app's own settings, kept in Electron's userData apart from any library: which library
// folder to open, the window's state, recent files. Library-level settings (theme, study…)
// live in the library itself. Read with a schema; a bad file falls back to defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../host/store/durable-file.js';
import type { WindowState } from './window-state.js';

const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });

const schema = z.object({
  /** The library home; null means userData itself (the default home). */
  libraryPath: z.string().min(1).nullable().default(null),
  window: z.object({ bounds: rect, maximized: z.boolean() }).nullable().default(null),
  recent: z.array(z.string()).max(20).default([]),
});

export type AppSettings = z.infer<typeof schema>;

export const MAX_RECENT = 10;

export function parseAppSettings(raw: string | null): AppSettings {
  if (raw === null) return schema.parse({});
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : schema.parse({});
  } catch {
    return schema.parse({});
  }
}

/** The recent list with `path` first, without duplicates, at most MAX_RECENT long. */
export function withRecent(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

export class AppSettingsFile {
  private readonly path: string;
  private data: AppSettings;

  constructor(userData: string) {
    this.path = join(userData, 'app-settings.json');
    let raw: string | null = null;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch {
      raw = null;
    }
    this.data = parseAppSettings(raw);
  }

  get value(): AppSettings {
    return this.data;
  }

  update(change: Partial<AppSettings>): AppSettings {
    this.data = { ...this.data, ...change };
    writeFileDurably(this.path, `${JSON.stringify(this.data, null, 1)}\n`);
    return this.data;
  }

  setWindow(window: WindowState): void {
    this.update({ window: { bounds: { ...window.bounds }, maximized: window.maximized } });
  }
}
