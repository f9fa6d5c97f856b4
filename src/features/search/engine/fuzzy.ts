/** Allowed typos for a folded query word: none for short words, numbers or non-Latin text. */
export function typoBudget(word: string): number {
  if (word.length < 4 || word.length > 24 || !/^[a-z]+$/.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

let rows = new Int32Array(0);

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions) between
 * a and b is at most k. Gives up as soon as a whole row exceeds k.
 */
export function withinDistance(a: string, b: string, k: number): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > k) return false;
  const w = lb + 1;
  if (rows.length < 3 * w) rows = new Int32Array(3 * w);
  const r = rows;
  // rows: prev2 at offset p2, prev at p1, current at p0 (rotating).
  let p2 = 0;
  let p1 = w;
  let p0 = 2 * w;
  for (let j = 0; j <= lb; j++) r[p1 + j] = j;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    r[p0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(r[p1 + j]! + 1, r[p0 + j - 1]! + 1, r[p1 + j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, r[p2 + j - 2]! + 1);
      }
      r[p0 + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return false;
    const t = p2;
    p2 = p1;
    p1 = p0;
    p0 = t;
  }
  return r[p1 + lb]! <= k;
}
