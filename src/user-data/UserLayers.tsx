import { lazy, Suspense } from 'react';
import { useT } from '../i18n/use-t';
import type { CoordinateOrigin } from '../import/types';
import { useAppStore, useAppStoreApi } from '../store/store-context';

const ORIGINS: CoordinateOrigin[] = ['wgs84', 'gcj02', 'bd09'];
const ORIGIN_KEY = { wgs84: 'originWgs84', gcj02: 'originGcj02', bd09: 'originBd09' } as const;
// A first visit has no layers yet: their controls load with the first one.
const UserLayerList = lazy(() => import('./UserLayerList'));

/** 我的数据: the user's imported layers and where coordinates come from. */
export function UserLayers() {
  const t = useT();
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.userLayers);
  const origin = useAppStore((s) => s.importOrigin);
  return (
    <fieldset className="user-layers">
      <legend>{t('userLayers')}</legend>
      <label className="import-origin">
        {t('importOrigin')}{' '}
        <select
          value={origin}
          onChange={(e) => store.getState().setImportOrigin(e.currentTarget.value as CoordinateOrigin)}
        >
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(ORIGIN_KEY[o])}
            </option>
          ))}
        </select>
      </label>
      {layers.length === 0 ? (
        <p className="legend-note">{t('importDrop')}</p>
      ) : (
        <Suspense fallback={null}>
          <UserLayerList layers={layers} />
        </Suspense>
      )}
    </fieldset>
  );
}
