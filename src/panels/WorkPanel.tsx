import '../i18n/strings-later';
import type { WorkProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { zoneColour } from '../symbology/classes';
import { findOption } from '../symbology/groups';
import { statusName } from '../symbology/work-classes';
import { Fact, PanelHeader } from './PanelHeader';
import { PrecisionNote } from './PrecisionNote';
import { MixedText, Zh } from './ZhText';

/**
 * One of the plan's named works: its kind and sector, how far along the plan
 * puts it (in the plan's own words), its counties and zones, and where its
 * position comes from — schematic, or not on the map and why. Its passages and
 * 专栏 items follow in FeaturePassages.
 */
export function WorkPanel({ work }: { work: WorkProps }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const byId = useAppStore((s) => s.data?.byId);
  const sector = findOption('workSector', work.sector);
  const nameOf = (id: string) => {
    const p = byId?.get(id)?.props;
    return p ? (lang === 'zh' ? p.name : p.name_en) : id;
  };
  const list = (ids: readonly string[], link: boolean) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && (lang === 'zh' ? '、' : ', ')}
        {link ? (
          <button type="button" className="link" onClick={() => store.getState().focus(id)}>
            {nameOf(id)}
          </button>
        ) : (
          <>
            <span className="swatch" style={{ background: zoneColour(id) }} aria-hidden="true" /> {nameOf(id)}
          </>
        )}
      </span>
    ));
  return (
    <article className="feature-panel" aria-labelledby="feature-title">
      <PanelHeader
        name={work.name}
        nameEn={work.name_en}
        kindLabel={`${t(`kind_${work.kind}`)} · ${sector ? (lang === 'zh' ? sector.name : sector.name_en) : ''}`}
      />
      <dl>
        <Fact label={t('workStatus')}>
          {work.status ? (
            <>
              <strong>{statusName(work.status, lang)}</strong>
              {work.status_words && (
                <span className="status-words">
                  {' '}
                  {t('workStatusWords')}
                  {lang === 'zh' ? '：' : ': '}
                  <Zh>{work.status_words.map((w) => `“${w}”`).join('、')}</Zh>
                </span>
              )}
            </>
          ) : (
            t('noStatus')
          )}
        </Fact>
        <Fact label={t('workCounties')}>
          {work.counties.length > 0 ? list(work.counties, true) : t('workNoCounty')}
          {work.zones.length > 0 && <p className="work-zones">{list(work.zones, false)}</p>}
        </Fact>
        <Fact label={t('source')}>
          {!work.placed && work.unplaced_reason && (
            <p className="precision-flag">
              {t('workUnplaced')}
              <MixedText text={work.unplaced_reason} />
            </p>
          )}
          {work.precision === 'schematic' && <p className="note">{t('workSchematic')}</p>}
          <PrecisionNote feature={work} />
          {work.checked && (
            <p className="source">
              {t('checkedAgainst')}
              <MixedText text={work.checked} />
            </p>
          )}
        </Fact>
      </dl>
    </article>
  );
}
