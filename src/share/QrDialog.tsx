import '../i18n/strings-later';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useDismiss } from '../app/use-dismiss';
import { useT } from '../i18n/use-t';
import { useAppStoreApi } from '../store/store-context';
import { currentLinkHash } from '../url/url-sync';
import { qrSvgPath } from './qr-svg';
import './qr-dialog.css';

/**
 * The current view's link as a QR code, large enough to be shown on a slide
 * and read by phones in the room; it follows the view while it is open.
 */
export default function QrDialog() {
  const t = useT();
  const store = useAppStoreApi();
  // The link the address bar is about to hold: the URL's own codec on the store, at every change.
  const link = useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => {
      const { sceneIndex, presenting } = store.getState();
      const { origin, pathname, search } = window.location;
      return `${origin}${pathname}${search}${currentLinkHash(store, sceneIndex, presenting)}`;
    },
  );
  const qr = useMemo(() => qrSvgPath(link), [link]);
  const close = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => close.current?.focus(), []);
  // Esc closes the code, not the presentation under it.
  const hide = useCallback(() => store.getState().openQr(false), [store]);
  useDismiss(dialog, true, hide, true);
  return (
    <div className="qr-backdrop">
      <div ref={dialog} className="qr-dialog" role="dialog" aria-modal="true" aria-labelledby="qr-title">
        <h2 id="qr-title">{t('qrTitle')}</h2>
        <svg
          className="qr-code"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={t('qrCode')}
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
        <p className="qr-link">{link}</p>
        <p className="qr-note">{t('qrNote').replace('{n}', String(link.length))}</p>
        <button ref={close} type="button" className="qr-close" onClick={() => store.getState().openQr(false)}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
