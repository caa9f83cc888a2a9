import { type AnyFeatureProps, isWork } from '../data/load-geodata';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';
import { AlsoHere } from './AlsoHere';
import { Breadcrumb } from './Breadcrumb';
import { CountyPanel } from './CountyPanel';
import { FeaturePassages } from './FeaturePassages';
import { PanelHeader } from './PanelHeader';
import { ParkPanel } from './ParkPanel';
import { PortPanel } from './PortPanel';
import { PrecisionNote } from './PrecisionNote';
import { TownPanel } from './TownPanel';
import { WorkPanel } from './WorkPanel';

/**
 * A selected feature of the plan: where it lies, its panel by kind, what else
 * is under the pointer, and the plan's passages about it. Loaded with the
 * first selection: a first visit shows the list and downloads none of this.
 */
export default function SelectedFeature({ props }: { props: AnyFeatureProps }) {
  const { kind, id } = props;
  const inPlan = kind !== 'neighbour' && kind !== 'country-label' && kind !== 'split-line' && kind !== 'county-part';
  return (
    <>
      <Breadcrumb />
      <PanelOfKind props={props} />
      <AlsoHere />
      {inPlan && <FeaturePassages feature={id} />}
    </>
  );
}

function PanelOfKind({ props: p }: { props: AnyFeatureProps }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  if (isWork(p)) return <WorkPanel work={p} />;
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
