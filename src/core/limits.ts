/** The largest file Lectern imports: far beyond any article, small enough to parse at once. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
