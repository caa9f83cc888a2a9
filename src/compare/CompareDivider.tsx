import '../i18n/strings-later';
import { useT } from '../i18n/use-t';
import { dividerPosition, pointerPosition } from './divider-keys';

/**
 * The swipe's divider, a window splitter: dragged by mouse, pen or finger;
 * arrow keys move it (Shift: ten times as far), Home and End to the edges.
 * Keys it uses stop here, so they do not also step the presentation; PageUp and
 * PageDown pass on to it. While presenting a drag does not take the focus, so a
 * clicker's arrow keys keep stepping the scenes after it.
 */
export function CompareDivider({
  position,
  presenting,
  onMove,
}: {
  position: number;
  presenting: boolean;
  onMove: (position: number) => void;
}) {
  const t = useT();
  const moveTo = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (box) onMove(pointerPosition(e.clientX, box.left, box.width));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a movable splitter (WAI-ARIA's window splitter) holds its grip, which an <hr> cannot
    <div
      role="separator"
      tabIndex={0}
      className="compare-divider"
      aria-orientation="vertical"
      aria-label={t('compareDivider')}
      aria-controls="compare-map"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={position}
      aria-valuetext={`${position}%`}
      style={{ left: `${position}%` }}
      onPointerDown={(e) => {
        if (presenting) e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
      }}
      onKeyDown={(e) => {
        const next = dividerPosition(e.key, e.shiftKey, position);
        if (next === null || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        e.stopPropagation();
        onMove(next);
      }}
    >
      <span className="compare-handle" aria-hidden="true" />
    </div>
  );
}
