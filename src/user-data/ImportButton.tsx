import { useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { startImport } from './start-import';

/** 导入数据: opens the file chooser; the files go to the import worker. */
export function ImportButton() {
  const t = useT();
  const store = useAppStoreApi();
  const importing = useAppStore((s) => s.importing);
  const ready = useAppStore((s) => s.data !== null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="lang-toggle"
        disabled={!ready || importing}
        onClick={() => input.current?.click()}
      >
        {importing ? t('importing') : t('importData')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        accept=".geojson,.json,.csv,.txt,.xlsx,.kml,.kmz,.gpx,.zip,.shp,.dbf,.prj,.cpg,.shx"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void startImport(store, files);
        }}
      />
    </>
  );
}
