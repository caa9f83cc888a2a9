import { crumbText } from '../i18n/plan-labels';
import { type Lang, STRINGS } from '../i18n/strings';
import { BriefPlace } from './BriefPlace';
import { BriefTowns } from './BriefTowns';
import type { CountyBrief } from './brief-model';
import { briefWords, MapKey, More, Name, Quote, Section } from './brief-parts';

interface BriefPageProps {
  brief: CountyBrief;
  lang: Lang;
  /** The map image (an object URL), or null while it is drawn. */
  mapUrl: string | null;
  date: string;
  link: string;
  detail: number;
}

/**
 * One county's brief on one A4 portrait page: the county framed on the map, its place in
 * the plan, towns by tier, ports, parks, key projects and passages, sources and date.
 */
export function BriefPage({ brief, lang, mapUrl, date, link, detail }: BriefPageProps) {
  const { text, sep, semi } = briefWords(lang);
  const { county } = brief;
  const countyName = lang === 'zh' ? county.name : county.name_en;
  const keyClasses = [
    ...brief.zones.map((z) => z.symbol),
    ...brief.towns.map((g) => g.tier),
    ...new Set(brief.ports.flatMap((p) => (p.status ? [p.status] : []))),
    ...new Set(brief.parks.flatMap((p) => (p.symbol ? [p.symbol] : []))),
  ];
  return (
    <article
      className="brief-page"
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      data-county={county.id}
      data-detail={detail}
      aria-label={text('briefTitle', { county: countyName })}
    >
      <header className="brief-header">
        <h1>{text('briefTitle', { county: countyName })}</h1>
        <p>{STRINGS[lang].subtitle}</p>
      </header>
      <figure className="brief-map">
        {mapUrl ? (
          <img src={mapUrl} alt={text('briefMapAlt', { county: countyName })} />
        ) : (
          <div className="brief-map-wait" />
        )}
        <MapKey classes={keyClasses} lang={lang} />
      </figure>
      <div className="brief-body">
        <BriefPlace brief={brief} lang={lang} />
        <BriefTowns brief={brief} lang={lang} />
        {brief.ports.length > 0 && (
          <Section title={text('briefPorts')}>
            <ul>
              {brief.ports.map(({ port, status, quote }) => (
                <li key={port.id}>
                  <strong>
                    <Name name={port.name} nameEn={port.name_en} lang={lang} />
                  </strong>
                  {lang === 'zh' ? '（' : ' ('}
                  {status ? (lang === 'zh' ? status.name : status.name_en) : port.status}
                  {lang === 'zh' ? '）' : ')'}
                  <Quote text={quote} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        {brief.parks.length > 0 && (
          <Section title={text('briefParks')}>
            <ul>
              {brief.parks.map(({ park, focus }) => (
                <li key={park.id}>
                  <strong>
                    <Name name={park.name} nameEn={park.name_en} lang={lang} />
                  </strong>
                  <Quote text={focus} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title={text('briefProjects')}>
          <ul>
            {brief.projects.items.map((p) => (
              <li key={p.id}>
                <span className="brief-cite">{text('briefColumn', { n: p.column })}</span>{' '}
                <span lang="zh-CN">{p.text}</span>
              </li>
            ))}
          </ul>
          {brief.projects.items.length === 0 && <p>{text('briefNone')}</p>}
          <More cut={brief.projects} lang={lang} />
        </Section>
        <Section title={text('briefPassages')}>
          <ul>
            {brief.passages.items.map((p) => (
              <li key={p.id}>
                <span className="brief-cite">{p.breadcrumb.map((c) => crumbText(c, lang)).join(' › ')}</span>
                {p.text && <span lang="zh-CN"> {p.text}</span>}
              </li>
            ))}
          </ul>
          <More cut={brief.passages} lang={lang} />
        </Section>
      </div>
      <footer className="brief-footer">
        <p>
          {text('briefSources')}
          {sep}
          {text('briefSourcesText')}
        </p>
        <p>
          {text('briefDate')}
          {sep}
          {date}
          {semi}
          {text('briefLink')}
          {sep}
          <span className="brief-link">{link}</span>
        </p>
      </footer>
    </article>
  );
}
