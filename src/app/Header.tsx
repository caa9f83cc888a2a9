import { BasemapButton } from '../basemap/BasemapButton';
import { CompareButton } from '../compare/CompareButton';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n/use-t';
import { FoldButton } from '../layout/FoldButton';
import { HeaderMenu } from '../layout/HeaderMenu';
import type { Screen } from '../layout/screen';
import { SearchBox } from '../search/SearchBox';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { ImportButton } from '../user-data/ImportButton';
import { CopyLinkButton } from './CopyLinkButton';

/** The title bar: the drawers' fold buttons (not on a phone: its sheet has them), title, search and actions. */
export function Header({ screen }: { screen: Screen }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const readerOpen = useAppStore((s) => s.readerOpen);
  const agendaOpen = useAppStore((s) => s.agendaOpen);
  const auditOpen = useAppStore((s) => s.auditOpen);
  const indicatorsOpen = useAppStore((s) => s.indicatorsOpen);
  return (
    <header className="app-header">
      {screen !== 'narrow' && <FoldButton drawer="legend" />}
      <div className="app-title">
        <h1>{t('title')}</h1>
        {/* A narrow header shows the short title; the full one stays the page's heading for screen readers. */}
        <span className="title-short" aria-hidden="true">
          {t('titleShort')}
        </span>
        <p className="subtitle">{t('subtitle')}</p>
      </div>
      <SearchBox />
      <HeaderMenu>
        <CopyLinkButton />
        <button
          type="button"
          className="lang-toggle"
          aria-pressed={agendaOpen}
          onClick={() => {
            store.getState().openReader(false);
            store.getState().openIndicators(false);
            store.getState().openAgenda(!agendaOpen);
          }}
        >
          {t('meeting')}
        </button>
        <ImportButton />
        <ExportMenu />
        <BasemapButton />
        <CompareButton />
        <button
          type="button"
          className="lang-toggle"
          aria-pressed={readerOpen}
          onClick={() => {
            store.getState().openAgenda(false);
            store.getState().openIndicators(false);
            store.getState().openReader(!readerOpen);
          }}
        >
          {t('openReader')}
        </button>
        <button
          type="button"
          className="lang-toggle"
          aria-pressed={indicatorsOpen}
          onClick={() => {
            store.getState().openAgenda(false);
            store.getState().openIndicators(!indicatorsOpen);
          }}
        >
          {t('indicators')}
        </button>
        <button
          type="button"
          className="lang-toggle"
          aria-pressed={auditOpen}
          onClick={() => {
            store.getState().openAgenda(false);
            store.getState().openAudit(!auditOpen);
          }}
        >
          {t('openAudit')}
        </button>
        <button
          type="button"
          className="lang-toggle"
          title={t('languageLabel')}
          onClick={() => store.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t('language')}</span>
        </button>
      </HeaderMenu>
      {screen !== 'narrow' && <FoldButton drawer="details" />}
    </header>
  );
}
