import '../i18n/strings-later';
import { type Lang, STRINGS } from '../i18n/strings';
import { Swatch } from '../panels/Swatch';
import type { CountyBrief } from './brief-model';
import { briefWords, Name, Quote, Section } from './brief-parts';

/**
 * 在规划中的位置: the county's zones with the start of their defining passage, border status
 * and seat, and for 仲巴县 and 萨嘎县 the townships of each part (※ where a village record decides).
 */
export function BriefPlace({ brief, lang }: { brief: CountyBrief; lang: Lang }) {
  const { text, sep, semi } = briefWords(lang);
  const { county } = brief;
  return (
    <Section title={text('briefPlace')}>
      <ul className="brief-zones">
        {brief.zones.map(({ zone, symbol, role }) => (
          <li key={zone.id}>
            <Swatch symbol={symbol.symbol} className="brief-swatch" />
            <strong>
              <Name name={zone.name} nameEn={zone.name_en} lang={lang} />
            </strong>
            <Quote text={role} />
          </li>
        ))}
      </ul>
      <p>
        {text('briefBorder')}
        {sep}
        {county.border ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no'}
        {semi}
        {text('briefSeat')}
        {sep}
        <Name name={county.seat} nameEn={county.seat_en} lang={lang} />
      </p>
      {brief.parts.map((part) => (
        <p key={part.id}>
          <Name name={part.name} nameEn={part.name_en} lang={lang} />
          {sep}
          <span lang="zh-CN">
            {part.township_basis.map((t) => `${t.name}${t.basis === 'village-record' ? '※' : ''}`).join('、')}
          </span>
        </p>
      ))}
      {county.split && (
        <p className="brief-note">
          {STRINGS[lang].splitNote} {text('briefVillageRecord')}
        </p>
      )}
    </Section>
  );
}
