import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStoreApi } from '../store/store-context';
import { startImport } from './start-import';

/** The map's area: files dropped on it are imported, as with 导入数据. */
export function MapDropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a second way in; 导入数据 is the keyboard's
    <div
      className={over ? 'map-area dropping' : 'map-area'}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void startImport(store, [...e.dataTransfer.files]);
      }}
    >
      {children}
      {over && <p className="drop-hint">{t('importDropHere')}</p>}
    </div>
  );
}
