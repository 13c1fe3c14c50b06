// What Electron main and the library's utility process (host-process.ts) say to each other
// besides the contract's calls: open this library, take this window's port. Shared by both
// sides so neither spells a message by hand.
import { z } from 'zod';
import { articleId } from '../shared/contract.js';
import type { Recovery } from '../shared/types.js';

export type ToHost =
  | { readonly type: 'open'; readonly home: string; readonly samplesDir: string }
  /** With one MessagePort: serve the contract's calls on it; `main` also gets main's own calls. */
  | { readonly type: 'connect'; readonly owner: 'main' | 'window' };

export type FromHost = { readonly type: 'opened'; readonly recoveries: readonly Recovery[] } | { readonly type: 'failed'; readonly name: string; readonly message: string };

/** Main's own call: an export rendered as bytes (structured-cloned, never base64). */
export const EXPORT_RENDER = 'host:exportRender';
export const exportRenderArgs = z.object({
  articleIds: z.union([z.array(articleId).min(1).max(100_000), z.literal('all')]),
  format: z.enum(['md', 'anki', 'apkg', 'csv', 'json', 'html']),
}).strict();
export type ExportRenderArgs = z.output<typeof exportRenderArgs>;

export function isFromHost(message: unknown): message is FromHost {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'opened' || type === 'failed';
}

export function isToHost(message: unknown): message is ToHost {
  const m = message as { type?: unknown; home?: unknown; samplesDir?: unknown; owner?: unknown } | null;
  if (m?.type === 'open') return typeof m.home === 'string' && typeof m.samplesDir === 'string';
  return m?.type === 'connect' && (m.owner === 'main' || m.owner === 'window');
}
