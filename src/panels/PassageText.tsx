import type { MentionSpan } from '../data/links-types';
import { splitBySpans } from '../plan/passage-view';
import { useAppStoreApi } from '../store/store-context';

/**
 * A passage of the plan with its place names: the feature the panel is about
 * highlighted, every other place a link that shows it on the map.
 */
export function PassageText({ text, spans, self }: { text: string; spans: readonly MentionSpan[]; self?: string }) {
  const store = useAppStoreApi();
  return (
    <>
      {splitBySpans(text, spans, self).map((run, i) => {
        const key = `${i}-${run.text}`;
        if (!run.feature) return <span key={key}>{run.text}</span>;
        if (run.feature === self) return <mark key={key}>{run.text}</mark>;
        const feature = run.feature;
        return (
          <button key={key} type="button" className="place-link" onClick={() => store.getState().focus(feature)}>
            {run.text}
          </button>
        );
      })}
    </>
  );
}
