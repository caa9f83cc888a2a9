import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStoreApi } from '../store/store-context';

/** Copies the link of the current view (the URL hash holds it), or shows it as a QR code for a phone. */
export function CopyLinkButton() {
  const t = useT();
  const store = useAppStoreApi();
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
    <span className="link-buttons">
      <button type="button" className="lang-toggle" onClick={copy} aria-live="polite">
        {copied === 'yes' ? t('linkCopied') : copied === 'no' ? t('linkInAddressBar') : t('copyLink')}
      </button>
      <button type="button" className="lang-toggle" onClick={() => store.getState().openQr(true)}>
        {t('qrCode')}
      </button>
    </span>
  );
}
