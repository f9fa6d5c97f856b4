/** Text with `backticked` names (fields, values) shown as code; nothing else is interpreted. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: show it as typed.
  if (parts.length % 2 === 0) return text;
  return parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
