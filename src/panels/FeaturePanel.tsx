import { lazy, Suspense } from 'react';
import { selectSelected } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { FeatureList } from './FeatureList';

// Opened only when someone has imported data and clicks it.
const UserFeaturePanel = lazy(() => import('../user-data/UserFeaturePanel'));
// The panels of a selected feature load with the first selection; a first visit shows the list.
const SelectedFeature = lazy(() => import('./SelectedFeature'));

/** The side panel: the list of what is shown, or the selected feature in the panel of its kind. */
export function FeaturePanel() {
  const selected = useAppStore(selectSelected);
  const userSelected = useAppStore((s) => s.selectedId?.startsWith('user-') ?? false);
  if (!userSelected && !selected) return <FeatureList />;
  return (
    <Suspense fallback={null}>
      {userSelected ? <UserFeaturePanel /> : <SelectedFeature props={selected!.props} />}
    </Suspense>
  );
}
