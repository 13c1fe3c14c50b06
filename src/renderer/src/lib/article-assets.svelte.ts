// An article's stored images as blob: URLs for the reader, revoked when it leaves the article.
import { api } from './api';

export class ArticleAssets {
  #urls = $state<Record<string, string>>({});
  #disposed = false;

  url(name: string): string | undefined {
    return this.#urls[name];
  }

  async load(articleId: string, names: readonly string[]): Promise<void> {
    for (const name of new Set(names)) {
      try {
        const { type, base64 } = await api['articles:asset']({ id: articleId, name });
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type }));
        if (this.#disposed) URL.revokeObjectURL(url);
        else this.#urls = { ...this.#urls, [name]: url };
      } catch {
        // A missing image leaves its caption and alt text; the article still reads.
      }
    }
  }

  dispose(): void {
    this.#disposed = true;
    for (const url of Object.values(this.#urls)) URL.revokeObjectURL(url);
    this.#urls = {};
  }
}
