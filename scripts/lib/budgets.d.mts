export interface AssetSize {
  /** Path inside the dist directory, with forward slashes. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageMeasurement {
  /** The HTML file inside dist, e.g. "en/codes/404/index.html". */
  page: string;
  /** "/", "/zh/", "/en/codes/404/", "/404.html" (relative to the deploy base). */
  route: string;
  isIndex: boolean;
  html: AssetSize;
  js: AssetSize[];
  css: AssetSize[];
  /** Script and stylesheet URLs in the HTML that are not files in dist. */
  missing: string[];
  totals: { html: number; js: number; css: number };
}

export interface DistMeasurement {
  distDir: string;
  base: string;
  gzipLevel: number;
  pages: PageMeasurement[];
}

export interface Budgets {
  js: number;
  css: number;
  indexHtml: number;
}

export interface BudgetViolation {
  page: string;
  route: string;
  kind: 'js' | 'css' | 'html' | 'missing';
  measured: number;
  limit: number;
  /** What is wrong, with the measured figures, e.g. "first-load JS 115.7 kB gzip > 110.0 kB budget (…)". */
  problem: string;
  /** `${page}: ${problem}` */
  message: string;
}

export const KB: number;
export const GZIP_LEVEL: number;
export const BUDGETS: Budgets;
export function gzipSize(data: string | Uint8Array): number;
export function formatKb(bytes: number): string;
export function isIndexRoute(route: string): boolean;
export function routeOf(page: string): string;
export function htmlAssetRefs(html: string): { js: string[]; css: string[] };
export function staticImports(code: string): string[];
export function measureDist(distDir: string, options?: { base?: string }): DistMeasurement;
export function checkBudgets(measurement: DistMeasurement, budgets?: Budgets): BudgetViolation[];
export function summarizeViolations(violations: BudgetViolation[], maxPages?: number): string[];
export function formatMeasurement(measurement: DistMeasurement): string;
