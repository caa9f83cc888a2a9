import { lazy, Suspense } from 'react';
import { type AnyFeatureProps, isWork } from '../data/load-geodata';
import { useT } from '../i18n/use-t';
import { selectSelected } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { UserFeaturePanel } from '../user-data/UserFeaturePanel';
import { AlsoHere } from './AlsoHere';
import { Breadcrumb } from './Breadcrumb';
import { CountyPanel } from './CountyPanel';
import { FeatureList } from './FeatureList';
import { FeaturePassages } from './FeaturePassages';
import { PanelHeader } from './PanelHeader';
import { ParkPanel } from './ParkPanel';
import { PortPanel } from './PortPanel';
import { PrecisionNote } from './PrecisionNote';
import { TownPanel } from './TownPanel';

// A work's panel loads with the first work selected: the first visit downloads none of it.
const WorkPanel = lazy(() => import('./WorkPanel').then((m) => ({ default: m.WorkPanel })));

/** The side panel: the selected feature, in the panel of its kind. */
export function FeaturePanel() {
  const selected = useAppStore(selectSelected);
  const userSelected = useAppStore((s) => s.selectedId?.startsWith('user-') ?? false);
  if (userSelected) return <UserFeaturePanel />;
  if (!selected) return <FeatureList />;
  const { kind, id } = selected.props;
  const inPlan = kind !== 'neighbour' && kind !== 'country-label' && kind !== 'split-line' && kind !== 'county-part';
  return (
    <>
      <Breadcrumb />
      <PanelOfKind props={selected.props} />
      <AlsoHere />
      {inPlan && <FeaturePassages feature={id} />}
    </>
  );
}

function PanelOfKind({ props: p }: { props: AnyFeatureProps }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (isWork(p))
    return (
      <Suspense fallback={null}>
        <WorkPanel work={p} />
      </Suspense>
    );
  switch (p.kind) {
    case 'county':
      return <CountyPanel county={p} />;
    case 'town':
      return <TownPanel town={p} />;
    case 'port':
      return <PortPanel port={p} />;
    case 'park':
      return <ParkPanel park={p} />;
    default:
      return (
        <article className="feature-panel" aria-labelledby="feature-title">
          <PanelHeader name={p.name} nameEn={p.name_en} kindLabel={t(`kind_${p.kind}`)} />
          {'stops' in p && <p>{(lang === 'zh' ? p.stops : p.stops_en).join(' — ')}</p>}
          <PrecisionNote feature={p} />
        </article>
      );
  }
}
