/**
 * Libraries (ExcelJS, pdf-lib) report what they skip or truncate on the console, in English ("Worksheet name …
 * exceeds 31 chars", "Trying to parse invalid object"): the user's terminal stays Chinese. What they say is
 * not lost to the user — the reader's own checks say it in Chinese where it matters.
 */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  console.log = console.warn = console.error = console.info = () => undefined;
  try {
    return await run();
  } finally {
    Object.assign(console, saved);
  }
}
