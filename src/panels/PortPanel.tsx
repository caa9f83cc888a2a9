import '../i18n/strings-later';
import type { PortProps } from '../data/types';
import { useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { classOf, PORT_TYPE_CLASSES } from '../symbology/classes';
import { findOption } from '../symbology/groups';
import { Fact, PanelHeader } from './PanelHeader';
import { PrecisionNote } from './PrecisionNote';
import { MixedText, PlanQuote } from './ZhText';

/** The plan's words and, apart from them, the line of the text file they come from. */
const LINE_REFERENCE = /（原文第(\d+)行）$/;

/** A port or border-trade place: its type, its status in the plan, the plan's words. */
export function PortPanel({ port }: { port: PortProps }) {
  const t = useT();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const status = findOption('portStatus', port.status);
  const county = useAppStore((s) => s.data?.byId.get(port.county)?.props);
  const line = LINE_REFERENCE.exec(port.plan_quote)?.[1];
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
          <PlanQuote>{port.plan_quote.replace(LINE_REFERENCE, '')}</PlanQuote>
          {line && <p className="source">{t('planLine').replace('{n}', line)}</p>}
          {port.name_is_composed && (
            <p className="note">
              <MixedText text={t('composedName')} />
            </p>
          )}
        </Fact>
        <Fact label={t('county')}>
          <button type="button" className="link" onClick={() => store.getState().select(port.county)}>
            {county ? (lang === 'zh' ? county.name : county.name_en) : port.county_name}
          </button>
        </Fact>
        <Fact label={t('source')}>
          <PrecisionNote feature={port} />
        </Fact>
      </dl>
    </article>
  );
}
