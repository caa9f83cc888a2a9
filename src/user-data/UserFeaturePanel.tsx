import '../i18n/strings-later';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { safeUrl } from '../import/safe-url';
import { FeaturePassages } from '../panels/FeaturePassages';
import { selectSelectedUserFeature, selectZones } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** A property's value as text, or as a link when it is an http(s) URL; never as HTML. */
function Value({ value }: { value: string | number | boolean | null }) {
  if (value === null) return <span className="muted">—</span>;
  const text = String(value);
  const url = typeof value === 'string' ? safeUrl(value) : null;
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    text
  );
}

/**
 * An imported feature: its layer, its properties as a table, the county and
 * zones the spatial join found, and what the plan says of that county.
 */
export default function UserFeaturePanel() {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore(useShallow((s) => selectSelectedUserFeature(s) ?? { layer: null, feature: null }));
  const county = useAppStore((s) => {
    const id = selected.feature?.properties.__county;
    return typeof id === 'string' ? s.data?.byId.get(id)?.props : undefined;
  });
  const zones = useAppStore(useShallow(selectZones));
  if (!selected.layer || !selected.feature) return null;
  const { layer, feature } = selected;
  const title = layer.labelProperty ? feature.properties[layer.labelProperty] : null;
  const zoneIds = String(feature.properties.__zones ?? '')
    .split(',')
    .filter(Boolean);
  const zoneNames = zones.filter((z) => zoneIds.includes(z.id)).map((z) => (lang === 'zh' ? z.name : z.name_en));
  const own = Object.entries(feature.properties).filter(([k]) => !k.startsWith('__'));
  return (
    <>
      <article className="feature-panel" aria-labelledby="feature-title">
        <header className="panel-header">
          <div>
            <p className="panel-kind">
              {t('importedFeature')} · {layer.name}
            </p>
            <h2 id="feature-title">{title === null || title === undefined ? layer.name : String(title)}</h2>
          </div>
          <button type="button" className="close" onClick={() => store.getState().select(null)} aria-label={t('close')}>
            ×
          </button>
        </header>
        <dl>
          <dt>{t('inCountyZone')}</dt>
          <dd>
            {county ? (
              <button type="button" className="link" onClick={() => store.getState().focus(county.id)}>
                {lang === 'zh' ? county.name : county.name_en}
              </button>
            ) : (
              t('outsideCity')
            )}
            {zoneNames.length > 0 && ` · ${zoneNames.join(lang === 'zh' ? '、' : ', ')}`}
          </dd>
        </dl>
        <h3>{t('properties')}</h3>
        <table className="properties">
          <tbody>
            {own.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>
                  <Value value={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
      {county && <FeaturePassages feature={county.id} />}
    </>
  );
}
