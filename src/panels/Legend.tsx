import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { ZONE_COLOURS } from '../map/palette';
import { selectZones } from '../store/selectors';
import { useAppStore } from '../store/store-context';

/** The map key: the four zones (with 示意 where the shape is schematic), then the lines. */
export function Legend() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const zones = useAppStore(useShallow(selectZones));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend')}</h2>
      <h3>{t('legendSpatial')}</h3>
      <ul>
        {zones.map((z) => (
          <li key={z.id}>
            <span
              className={z.id === 'corridor' ? 'swatch swatch-band' : 'swatch'}
              style={{ background: ZONE_COLOURS[z.id] }}
              aria-hidden="true"
            />
            {lang === 'zh' ? z.name : z.name_en}
            {z.id === 'corridor' && <span className="schematic-tag">{t('schematic')}</span>}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <span className="line-sample line-axis" aria-hidden="true" />
          {t('legendCorridorAxis')}
        </li>
        <li>
          <span className="line-sample line-split" aria-hidden="true" />
          {t('legendSplit')}
        </li>
        <li>
          <span className="line-sample line-county" aria-hidden="true" />
          {t('legendCounty')}
        </li>
        <li>
          <span className="swatch swatch-neighbour" aria-hidden="true" />
          {t('legendNeighbour')}
        </li>
      </ul>
    </section>
  );
}
