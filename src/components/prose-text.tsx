import { Link } from 'wouter';
import { useLang } from '@/lib/lang-context';
import { useCodeLinks } from '@/lib/links';
import { InlineCode } from './inline-code';

/** An error code as the API writes it (VPC.0114), where prose names one. */
const ERROR_CODE = /(VPC\.\d{4})/;

/**
 * Guidance text: `backticked` names as code, and every error code it names linked to its page (in
 * an embed, to its embed view). The data's texts name documented codes only (src/app/texts.test.ts).
 */
export function ProseText({ text }: { text: string }) {
  const lang = useLang();
  const links = useCodeLinks();
  const parts = text.split(ERROR_CODE);
  if (parts.length === 1) return <InlineCode text={text} />;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <Link key={i} href={links.error(lang, part)}>
        <code>{part}</code>
      </Link>
    ) : (
      <InlineCode key={i} text={part} />
    ),
  );
}
