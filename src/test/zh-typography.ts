/*
 * The house rules for Chinese text, shared by the tests of the UI strings and of the data. The upstream
 * documents put no space between Chinese and Latin letters or digits ("OpenStack Neutron API的POST操作"),
 * and Chinese text takes full-width punctuation.
 */

const HAN = String.raw`\p{Script=Han}`;
const LATIN = String.raw`[A-Za-z0-9]|\{\{\w+\}\}`;
const FULL_WIDTH = '[，。、：；！？（）“”]';

const RULES: [problem: string, pattern: RegExp][] = [
  ['space between Chinese and Latin', new RegExp(String.raw`${HAN}\s+(?:${LATIN})|(?:${LATIN})\s+${HAN}`, 'u')],
  ['ASCII punctuation next to Chinese', new RegExp(String.raw`${HAN}[,.:;!?()"]|[,:;!?()"]${HAN}`, 'u')],
  ['space next to full-width punctuation', new RegExp(String.raw`${FULL_WIDTH}[ \t]|[ \t]${FULL_WIDTH}`, 'u')],
];

/** What breaks the rules in `text`, each with the characters around it; empty when nothing does. */
export function chineseTypographyProblems(text: string): string[] {
  return RULES.flatMap(([problem, pattern]) => {
    const match = pattern.exec(text);
    return match
      ? [`${problem}: “${text.slice(Math.max(0, match.index - 6), match.index + match[0].length + 6)}”`]
      : [];
  });
}
