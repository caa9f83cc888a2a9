import '../i18n/strings-later';
import type { ReactNode } from 'react';
import { fill } from '../i18n/bilingual';
import { BRIEF_TEXT, type BriefTextKey } from '../i18n/brief-text';
import { crumbText } from '../i18n/plan-labels';
import { type Lang, STRINGS } from '../i18n/strings';
import { Swatch } from '../panels/Swatch';
import { Zh } from '../panels/ZhText';
import type { SymbolClass } from '../symbology/classes';
import type { CountyBrief, Cut } from './brief-model';

interface BriefPageProps {
  brief: CountyBrief;
  lang: Lang;
  /** The map image (an object URL), or null while it is drawn. */
  mapUrl: string | null;
  date: string;
  link: string;
  detail: number;
}

/** A feature's name: Chinese, or in English its English name with the plan's Chinese beside it. */
function Name({ name, nameEn, lang }: { name: string; nameEn: string; lang: Lang }) {
  return lang === 'zh' ? (
    name
  ) : (
    <>
      {nameEn} <Zh>{name}</Zh>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="brief-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function More({
  cut,
  text,
}: {
  cut: Cut<unknown>;
  text: (key: BriefTextKey, vars?: Record<string, number>) => string;
}) {
  return cut.more > 0 ? <p className="brief-more">{text('briefMore', { n: cut.more })}</p> : null;
}

/** The symbols the brief's map draws for this county, under the map. */
function MapKey({ classes, lang }: { classes: SymbolClass[]; lang: Lang }) {
  return (
    <ul className="brief-key">
      {classes.map((c) => (
        <li key={c.id}>
          <Swatch symbol={c.symbol} className="brief-swatch" />
          {lang === 'zh' ? c.name : c.name_en}
        </li>
      ))}
    </ul>
  );
}

/**
 * One county's brief on one A4 portrait page: the county framed on the map, its place in
 * the plan, towns by tier, ports, parks, key projects and passages, sources and date.
 */
export function BriefPage({ brief, lang, mapUrl, date, link, detail }: BriefPageProps) {
  const words = BRIEF_TEXT[lang];
  const text = (key: BriefTextKey, vars: Record<string, string | number> = {}) => fill(words[key], vars);
  const { county } = brief;
  const countyName = lang === 'zh' ? county.name : county.name_en;
  const sep = lang === 'zh' ? '：' : ': ';
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
        <Section title={text('briefPlace')}>
          <ul className="brief-zones">
            {brief.zones.map(({ zone, symbol, role }) => (
              <li key={zone.id}>
                <Swatch symbol={symbol.symbol} className="brief-swatch" />
                <strong>
                  <Name name={zone.name} nameEn={zone.name_en} lang={lang} />
                </strong>
                {role && (
                  <q lang="zh-CN" className="brief-quote">
                    {role}
                  </q>
                )}
              </li>
            ))}
          </ul>
          <p>
            {text('briefBorder')}
            {sep}
            {county.border ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no'}
            {lang === 'zh' ? '；' : '; '}
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
                        <q key={q} lang="zh-CN" className="brief-quote">
                          {q}
                        </q>
                      ))}
                    </dd>
                  ))
                )}
              </div>
            ))}
          </dl>
          {brief.towns.length === 0 && <p>{text('briefNone')}</p>}
        </Section>
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
                  {quote && (
                    <q lang="zh-CN" className="brief-quote">
                      {quote}
                    </q>
                  )}
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
                  {focus && (
                    <q lang="zh-CN" className="brief-quote">
                      {focus}
                    </q>
                  )}
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
          <More cut={brief.projects} text={text} />
        </Section>
        <Section title={text('briefPassages')}>
          <ul>
            {brief.passages.items.map((p) => (
              <li key={p.id}>
                <span className="brief-cite">{p.breadcrumb.map((c) => crumbText(c, lang)).join(' › ')}</span>
                {p.text && (
                  <>
                    {' '}
                    <span lang="zh-CN">{p.text}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          <More cut={brief.passages} text={text} />
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
          {lang === 'zh' ? '；' : '; '}
          {text('briefLink')}
          {sep}
          <span className="brief-link">{link}</span>
        </p>
      </footer>
    </article>
  );
}
