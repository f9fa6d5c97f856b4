import { useRef, type ReactNode } from 'react';
import type { Lang } from '@/lib/languages';
import { useUiText } from '@/locales/use-ui-text';
import { useHostTheme } from '@/lib/use-host-theme';
import { useReportHeight } from '@/lib/use-report-height';
import { LanguageSwitch } from '@/components/language-switch';
import { OutboundLink } from '@/components/outbound-link';

interface Props {
  lang: Lang;
  /** The same content on the full site, opened in a new tab. */
  fullPath: string;
  children: ReactNode;
}

/** The frame of an embed view: no site header or footer, a language switch and a way out. */
export function EmbedLayout({ lang, fullPath, children }: Props) {
  const t = useUiText();
  const root = useRef<HTMLDivElement>(null);
  // Listening before the first height report: the loader answers that report with a pending theme.
  useHostTheme();
  useReportHeight(root);
  return (
    <div className="embed" ref={root}>
      {/* One landmark for the whole frame, named for the host page's landmark list; the host has its own. */}
      <main id="main" className="embed__main" aria-label={t('site.name')}>
        <div className="embed__bar">
          <OutboundLink className="embed__full" href={fullPath}>
            {t('embed.openFull')}
          </OutboundLink>
          <LanguageSwitch current={lang} landmark={false} />
        </div>
        {children}
      </main>
    </div>
  );
}
