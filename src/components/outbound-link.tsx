import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useCodeLinks } from '@/lib/links';
import { withBase } from '@/lib/paths';
import { useUiText } from '@/locales/use-ui-text';

interface Props {
  /** Another site's absolute URL, or a base-relative path on this site ("/en/codes/409"). */
  href: string;
  rel?: string;
  className?: string;
  children: ReactNode;
}

const isAbsolute = (href: string) => /^[a-z][a-z\d+.-]*:/i.test(href);

/**
 * A link that leaves the view it is in: to another site, or from an embed to the full site. Inside an
 * embed it opens a new tab, saying so to screen readers: the portal's frame is sized for the embed,
 * not for the page behind the link. Elsewhere it is an ordinary link. Links between embed views stay
 * in the frame and use the paths of `useCodeLinks()` instead.
 */
export function OutboundLink({ href, rel, className, children }: Props) {
  const { embedded } = useCodeLinks();
  const t = useUiText();
  if (embedded) {
    return (
      <a
        href={isAbsolute(href) ? href : withBase(href)}
        target="_blank"
        rel={rel ? `noopener ${rel}` : 'noopener'}
        className={className}
      >
        {children} <span className="visually-hidden">{t('embed.opensInNewTab')}</span>
      </a>
    );
  }
  return isAbsolute(href) ? (
    <a href={href} rel={rel} className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} rel={rel} className={className}>
      {children}
    </Link>
  );
}
