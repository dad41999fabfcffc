/** Text normalisation shared by table recognition, the catalogue and the narrative reader. */

// Regular expressions live outside the functions: a literal inside one is a new object on every call.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const SPACES = /[\s\u00a0\u3000\u200b]+/g;
const QUOTES = /[“”"‘’'「」『』]/g;
const OPENING_BRACKETS = /[【[]/g;
const CLOSING_BRACKETS = /[】\]]/g;

/** Full-width ASCII forms (Ａ, １, ，, （) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Removes every kind of white space, including line breaks inside a cell and no-break spaces. */
export function stripSpaces(s: string): string {
  return s.replace(SPACES, '');
}

/**
 * `f` remembered per text: recognition and the rules ask the same questions of the same header, subject and line
 * words again and again (in every unit of a 汇总). At most `limit` texts are kept, all forgotten when it is full;
 * `f` never answers undefined.
 */
export function perText<T>(f: (text: string) => T, limit = PER_TEXT_LIMIT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = f(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
const PER_TEXT_LIMIT = 20000;

/**
 * A key for comparing labels and subject names: half-width, no spaces, one kind of quote,
 * brackets of either width treated alike. "退职（役）费" and "退职(役)费" get the same key.
 */
export function labelKey(s: string): string {
  return NEEDS_KEYING.test(s) ? keyOf(s) : s;
}

/** Any character labelKey changes; most cells (numbers, plain names) have none. */
const NEEDS_KEYING = /[\uff01-\uff5e\s\u00a0\u3000\u200b“”"‘’'「」『』【[】\]]/;
const keyOf = perText((s) =>
  stripSpaces(toHalfWidth(s))
    .replace(QUOTES, '')
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')'),
);

const ORDINAL_PREFIX =
  /^(?:[(（][一二三四五六七八九十百零〇]+[)）][、.．]?|[一二三四五六七八九十百零〇]+[、.．:：]|[(（]\d{1,2}[)）][、.．]?|\d{1,2}[、.．](?!\d))/;

/** "一、一般公共服务支出" → "一般公共服务支出"; "（三）公务接待费" → "公务接待费". */
export function stripOrdinal(s: string): string {
  return s.trim().replace(ORDINAL_PREFIX, '').trim();
}
