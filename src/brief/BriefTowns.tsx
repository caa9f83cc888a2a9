import type { Lang } from '../i18n/strings';
import { Swatch } from '../panels/Swatch';
import type { CountyBrief } from './brief-model';
import { briefWords, Name, Quote, Section } from './brief-parts';

/** 城镇体系: the county's towns by tier with the plan's role quotes, or names only on one line per tier. */
export function BriefTowns({ brief, lang }: { brief: CountyBrief; lang: Lang }) {
  const { text } = briefWords(lang);
  return (
    <Section title={text('briefTowns')}>
      <dl className="brief-towns">
        {brief.towns.map(({ tier, items }) => (
          <div key={tier.id}>
            <dt>
              <Swatch symbol={tier.symbol} className="brief-swatch" />
              {lang === 'zh' ? tier.name : tier.name_en}
            </dt>
            {brief.inlineTowns ? (
              <dd>
                {items.map(({ town }, i) => (
                  <span key={town.id}>
                    {i > 0 && (lang === 'zh' ? '、' : ', ')}
                    <Name name={town.name} nameEn={town.name_en} lang={lang} />
                  </span>
                ))}
              </dd>
            ) : (
              items.map(({ town, quotes }) => (
                <dd key={town.id}>
                  <strong>
                    <Name name={town.name} nameEn={town.name_en} lang={lang} />
                  </strong>
                  {quotes.map((q) => (
                    <Quote key={q} text={q} />
                  ))}
                </dd>
              ))
            )}
          </div>
        ))}
      </dl>
      {brief.towns.length === 0 && <p>{text('briefNone')}</p>}
    </Section>
  );
}
