/*
 * Every bad input ends as one line naming the file (and, where known, the table and row), so a CI log
 * points straight at the cell to fix. Newlines inside quoted cell text are folded for the same reason.
 */
export class ImportError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`.replace(/\s*\n\s*/g, ' '));
    this.name = 'ImportError';
  }
}

/** Quotes document text for a message; JSON quoting keeps Chinese readable and escapes control characters. */
export const quote = (text: string): string => JSON.stringify(text);
