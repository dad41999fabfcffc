/**
 * Stretches of a text one character off a known name ("抗役特别国债安排的支出" for 抗疫…), found in one pass over the
 * text: every name of at least three Chinese characters is looked for where the text holds its first three or its
 * last three characters, and those three-character keys are read from one table for all the names at once.
 */

/** A stretch of the text as long as a name, differing from it in exactly one place. */
export interface NearName {
  /** Index of the name in the list the finder was made with. */
  name: number;
  start: number;
  /** The offset in the name (and the stretch) of the character that differs. */
  diff: number;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const isCjk = (c: number) => c >= CJK_FIRST && c <= CJK_LAST;

/** The first two characters of a key as one small integer (each below 2^15). */
const pairKey = (a: number, b: number) => ((a - CJK_FIRST) << 15) | (b - CJK_FIRST);

/** A name whose key starts here: its index, whether the key is its head or its tail, and the key's third character. */
interface KeyUse {
  name: number;
  tail: boolean;
  third: number;
}

export class NearNames {
  private readonly names: string[];
  private readonly keys = new Map<number, KeyUse[]>();

  /** Names of Chinese characters (U+4E00–U+9FFF) only, each at least three long. */
  constructor(names: string[]) {
    this.names = names;
    names.forEach((n, name) => {
      this.add(n, 0, { name, tail: false, third: n.charCodeAt(2) });
      this.add(n, n.length - 3, { name, tail: true, third: n.charCodeAt(n.length - 1) });
    });
  }

  private add(n: string, at: number, use: KeyUse): void {
    const k = pairKey(n.charCodeAt(at), n.charCodeAt(at + 1));
    const uses = this.keys.get(k);
    if (uses) uses.push(use);
    else this.keys.set(k, [use]);
  }

  /**
   * Every stretch of `text` that differs from a name in one character, that character being Chinese; name by name
   * in the order of the list, and for each name the stretches found by its head (left to right) before those found
   * only by its tail (left to right).
   */
  find(text: string): NearName[] {
    // Where each name's head and tail occur: [name, start of the stretch, found by the tail].
    const seen: Array<[number, number, boolean]> = [];
    for (let i = 0; i + 3 <= text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (!isCjk(a) || !isCjk(b)) continue;
      const uses = this.keys.get(pairKey(a, b));
      if (!uses) continue;
      const c = text.charCodeAt(i + 2);
      for (const u of uses)
        if (u.third === c) seen.push([u.name, u.tail ? i + 3 - this.names[u.name].length : i, u.tail]);
    }
    if (seen.length === 0) return [];
    // By name, heads before tails; positions stay in text order within each (the sort is stable).
    seen.sort((x, y) => x[0] - y[0] || Number(x[2]) - Number(y[2]));
    const out: NearName[] = [];
    for (let s = 0; s < seen.length;) {
      const name = seen[s][0];
      const starts = new Set<number>();
      for (; s < seen.length && seen[s][0] === name; s++) starts.add(seen[s][1]);
      const n = this.names[name];
      for (const start of starts) {
        if (start < 0 || start + n.length > text.length) continue;
        let diff = -1;
        let count = 0;
        for (let k = 0; k < n.length && count < 2; k++)
          if (text.charCodeAt(start + k) !== n.charCodeAt(k)) {
            diff = k;
            count++;
          }
        if (count === 1 && isCjk(text.charCodeAt(start + diff))) out.push({ name, start, diff });
      }
    }
    return out;
  }
}
