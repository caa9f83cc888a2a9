import { useState } from 'react';
import { useT } from '../i18n/use-t';

/** Copies the link of the current view (the URL hash holds it); says so for a moment. */
export function CopyLinkButton() {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('yes');
    } catch {
      // No clipboard (an old browser, a file:// page): the address bar still holds the link.
      setCopied('no');
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <button type="button" className="lang-toggle" onClick={copy} aria-live="polite">
      {copied === 'yes' ? t('linkCopied') : copied === 'no' ? t('linkInAddressBar') : t('copyLink')}
    </button>
  );
}
