export function syntheticWords(n: number, seed: number): string;
export function seedLibrary(home: string, count: number, options?: { words?: number; titlePrefix?: string }): string[];
