import type { AppState } from '../../store/app-store';
import { selectCountyHighlighted, selectSelectedCountyId } from '../../store/selectors';
import type { LayerContext } from './layer-context';

/** What the map's layers depend on, read from the store. */
export function selectLayerContext(state: AppState): LayerContext {
  return {
    lang: state.lang,
    hidden: state.hiddenLayers,
    filters: state.filters,
    selectedCounty: selectSelectedCountyId(state),
    countyHighlighted: selectCountyHighlighted(state),
    textScale: state.presenting ? 1.45 : 1,
    underlay: state.basemap !== 'none',
  };
}
