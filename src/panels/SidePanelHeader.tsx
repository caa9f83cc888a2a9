import { useT } from '../i18n/use-t';

/** The title and close button of a panel that takes the legend's place (the reader, the agenda). */
export function SidePanelHeader({ title, onClose }: { title: string; onClose: () => void }) {
  const t = useT();
  return (
    <header className="reader-header">
      <h2>{title}</h2>
      <button type="button" className="close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </header>
  );
}
