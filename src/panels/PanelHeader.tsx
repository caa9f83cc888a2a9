import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** A feature's name in the interface language, the other language below, and a close button. */
export function PanelHeader({ name, nameEn, kindLabel }: { name: string; nameEn: string; kindLabel: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  return (
    <header className="panel-header">
      <div>
        <p className="panel-kind">{kindLabel}</p>
        <h2 id="feature-title">
          {lang === 'zh' ? name : nameEn}{' '}
          <small lang={lang === 'zh' ? 'en' : 'zh-CN'}>{lang === 'zh' ? nameEn : name}</small>
        </h2>
      </div>
      <button type="button" className="close" onClick={() => store.getState().select(null)} aria-label={t('close')}>
        ×
      </button>
    </header>
  );
}

/** One row of a panel's facts. */
export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
