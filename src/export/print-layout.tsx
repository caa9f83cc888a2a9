import '../i18n/strings-later';
import type { CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { type Lang, STRINGS } from '../i18n/strings';
import { Swatch } from '../panels/Swatch';
import type { AppStore } from '../store/app-store';
import { type LegendSection, legendSections } from '../symbology/legend';
import { encodeCanvas } from './compose-png';
import { isoDate } from './file-name';
import { coverSize, PAGE_MARGIN_MM, type PaperLayout, type PrintFormat, paperLayout, printPixelRatio } from './paper';
import './print.css';
import { mapSize, maxCanvasSide, renderMapImage } from './render-map';

interface PrintLayoutProps {
  lang: Lang;
  layout: PaperLayout;
  format: PrintFormat;
  imageUrl: string;
  sections: LegendSection[];
  date: string;
}

/** One printed page: title, the map (with its scale bar and north arrow), legend, sources, the 示意 notice, the date. */
export function PrintLayout({ lang, layout, format, imageUrl, sections, date }: PrintLayoutProps) {
  const t = STRINGS[lang];
  const mm = (n: number) => `${n}mm`;
  const side = layout.legend.placement === 'side';
  const style: CSSProperties = {
    width: mm(layout.content.width),
    height: mm(layout.content.height),
    gap: mm(layout.gap),
    fontSize: `${layout.fontPt}pt`,
    gridTemplateColumns: side ? `${mm(layout.frame.width)} ${mm(layout.legend.width)}` : mm(layout.frame.width),
    gridTemplateRows: [
      layout.headerHeight,
      layout.frame.height,
      ...(side ? [] : [layout.legend.height]),
      layout.footerHeight,
    ]
      .map(mm)
      .join(' '),
  };
  return (
    <article
      className={`print-page print-${format.orientation}`}
      style={style}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      data-paper={`${format.paper} ${format.orientation}`}
    >
      <header className="print-header">
        <h1>{t.title}</h1>
        <p>{t.subtitle}</p>
      </header>
      <figure className="print-map">
        <img src={imageUrl} alt={t.exportMapAlt} />
      </figure>
      <section className="print-legend" aria-label={t.exportLegend}>
        {sections.map((section) => (
          <div className="print-legend-section" key={section.id}>
            <h2>{section.title}</h2>
            <ul>
              {section.items.map((item) => (
                <li key={item.label}>
                  <Swatch symbol={item.symbol} className="print-swatch" />
                  <span>{item.label}</span>
                  {item.schematic && <span className="print-schematic">{t.schematic}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <footer className="print-footer">
        <p className="print-sources">
          {t.source}
          {lang === 'zh' ? '：' : ': '}
          {t.sourcesShort}
        </p>
        <p className="print-notice">{t.exportNotice}</p>
        <p className="print-date">
          {t.exportDate} {date}
        </p>
      </footer>
    </article>
  );
}

let current: { root: Root; host: HTMLElement; pageStyle: HTMLStyleElement; imageUrl: string } | null = null;

/** Takes the print layout and its @page rule away again (after printing, or before the next one). */
export function removePrintLayout() {
  if (!current) return;
  current.root.unmount();
  current.host.remove();
  current.pageStyle.remove();
  URL.revokeObjectURL(current.imageUrl);
  current = null;
}

/**
 * Lays out the current view on a page of `format` in `#print-root` (the only
 * thing shown when printing), sets `@page` to match, and opens the browser's
 * print dialog, from which the user may save a PDF. The map is drawn again at
 * about 300 dpi for the frame (2× when the device cannot draw that large),
 * widened from the screen's view to the frame's shape.
 */
export async function printView(store: AppStore, container: HTMLElement, format: PrintFormat, now = new Date()) {
  const state = store.getState();
  const layout = paperLayout(format);
  const css = coverSize(mapSize(container), layout.frame.width / layout.frame.height);
  const ratio = printPixelRatio(css, layout.frame.width, maxCanvasSide());
  const image = await renderMapImage(state, css, ratio);
  const blob = await encodeCanvas(image.canvas, 'image/png');

  removePrintLayout();
  const host = document.createElement('div');
  host.id = 'print-root';
  document.body.append(host);
  const pageStyle = document.createElement('style');
  pageStyle.id = 'print-page-size';
  pageStyle.textContent = `@page { size: ${format.paper} ${format.orientation}; margin: ${PAGE_MARGIN_MM}mm; }`;
  document.head.append(pageStyle);
  const imageUrl = URL.createObjectURL(blob);
  const root = createRoot(host);
  current = { root, host, pageStyle, imageUrl };
  const sections = legendSections({
    lang: state.lang,
    hidden: state.hiddenLayers,
    filters: state.filters,
    userLayers: state.userLayers,
  });
  flushSync(() =>
    root.render(
      <PrintLayout
        lang={state.lang}
        layout={layout}
        format={format}
        imageUrl={imageUrl}
        sections={sections}
        date={isoDate(now)}
      />,
    ),
  );
  await host.querySelector('img')?.decode();
  host.dataset.pixelRatio = ratio.toFixed(3);
  window.addEventListener('afterprint', removePrintLayout, { once: true });
  window.print();
}
