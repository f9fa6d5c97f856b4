export function findChromium(): Promise<string | null>;
export function ensureChromium(): Promise<string>;
export const CHROMIUM_ARGS: string[];
