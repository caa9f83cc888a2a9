import type { PortProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { classOf, PORT_TYPE_CLASSES } from '../symbology/classes';
import { findOption } from '../symbology/groups';
import { Fact, PanelHeader } from './PanelHeader';
import { PrecisionNote } from './PrecisionNote';

/** A port or border-trade place: its type, its status in the plan, the plan's words. */
export function PortPanel({ port }: { port: PortProps }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const status = findOption('portStatus', port.status);
  return (
    <article className="feature-panel" aria-labelledby="feature-title">
      <PanelHeader
        name={port.name}
        nameEn={port.name_en}
        kindLabel={
          lang === 'zh' ? port.port_type : (classOf(PORT_TYPE_CLASSES, port.port_type)?.name_en ?? port.port_type)
        }
      />
      <dl>
        <Fact label={t('status')}>{status && (lang === 'zh' ? status.name : status.name_en)}</Fact>
        <Fact label={t('planSays')}>
          <blockquote>{port.plan_quote}</blockquote>
          {port.name_is_composed && <p className="note">{t('composedName')}</p>}
        </Fact>
        <Fact label={t('county')}>
          <button type="button" className="link" onClick={() => store.getState().select(port.county)}>
            {port.county_name}
          </button>
        </Fact>
        <Fact label={t('source')}>
          <PrecisionNote feature={port} />
        </Fact>
      </dl>
    </article>
  );
}
