import { useEffect, useState } from 'react';
import { highlightCode, type CodeLanguage } from '@/lib/highlight-code';
import { useHydrated } from '@/lib/use-hydrated';
import { useUiText } from '@/locales/use-ui-text';

interface Props {
  /** The text exactly as a reader should copy it. */
  code: string;
  /** How to colour it: json, html, http (header lines) or text (no colours). */
  language: CodeLanguage;
  /** What the block is ("Example response body"): names the block and its copy button for screen readers. */
  label: string;
}

type Status = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays, so copying again is announced again. */
const STATUS_MS = 4000;

/**
 * A snippet: never wrapped (long lines scroll inside the block, which takes focus so keyboards can
 * scroll it), coloured by a tokenizer that runs identically in the prerender and the browser, and
 * with a copy button. The button can do nothing without scripts: hidden there, and invisible until
 * hydrated with its space kept, so nothing moves when it appears.
 *
 *   <CodeBlock language="json" code={JSON.stringify(body, null, 2)} label={t('…')} />
 */
export function CodeBlock({ code, language, label }: Props) {
  const t = useUiText();
  const ready = useHydrated();
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="code-block" role="group" aria-label={label}>
      <div className={ready ? 'code-block__bar needs-script' : 'code-block__bar code-block__bar--pending needs-script'}>
        {language !== 'text' && (
          <span className="code-block__language" aria-hidden="true">
            {language.toUpperCase()}
          </span>
        )}
        <span className="code-block__status" role="status">
          {status === 'copied' ? t('codeBlock.copied') : status === 'failed' ? t('codeBlock.copyFailed') : ''}
        </span>
        <button type="button" className="code-block__copy" onClick={() => void copy()}>
          {t('codeBlock.copy')} <span className="visually-hidden">{label}</span>
        </button>
      </div>
      <pre tabIndex={0}>
        <code className={`language-${language}`}>
          {highlightCode(code, language).map((token, i) =>
            token.kind ? (
              <span key={i} className={`tok-${token.kind}`}>
                {token.text}
              </span>
            ) : (
              token.text
            ),
          )}
        </code>
      </pre>
    </div>
  );
}
