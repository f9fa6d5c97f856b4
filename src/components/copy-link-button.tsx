import { useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

type Status = 'idle' | 'copied' | 'failed';

interface Props {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

/** Copies the current page address. Hidden until hydrated: without JavaScript it could do nothing. */
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
    <span className="copy-link" hidden={!ready}>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-link__status" role="status">
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
