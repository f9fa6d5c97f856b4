import { useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

type Status = 'idle' | 'copied' | 'failed';

interface Props {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

/**
 * Copies the current page address. Invisible until hydrated, but its space is kept so nothing below
 * it moves when it appears; where scripts do not run at all it takes no space (`needs-script`).
 */
export function CopyLinkButton({ label, copiedLabel, failedLabel }: Props) {
  const ready = useHydrated();
  const [status, setStatus] = useState<Status>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className={ready ? 'copy-link needs-script' : 'copy-link copy-link--pending needs-script'}>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-link__status" role="status">
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
