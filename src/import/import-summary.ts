import { fileMessage } from './messages';
import type { Bilingual, GeometryKind } from './types';

/** The kinds of a geometry, for `geometryKinds`. */
export function kindsOf(geometry: GeoJSON.Geometry): GeometryKind[] {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return ['point'];
    case 'LineString':
    case 'MultiLineString':
      return ['line'];
    case 'Polygon':
    case 'MultiPolygon':
      return ['polygon'];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(kindsOf);
  }
}

/** '3, 5, 9' or '3, 5, 9, … (12 in all)'. */
export function listNumbers(numbers: number[], shown = 10): string {
  const head = numbers.slice(0, shown).join(', ');
  return numbers.length > shown ? `${head}, … (${numbers.length})` : head;
}

/** Counters the pipeline fills while it finishes features, turned into warnings at the end. */
export interface FinishTally {
  closedRings: number[];
  bowties: number[];
  truncatedValues: number;
  forbiddenKeys: number;
  overLimitKeys: number;
  renamedKeys: number;
}

export function emptyTally(): FinishTally {
  return { closedRings: [], bowties: [], truncatedValues: 0, forbiddenKeys: 0, overLimitKeys: 0, renamedKeys: 0 };
}

/** Bilingual warnings for whatever the tally counted. */
export function tallyWarnings(
  fileName: string,
  unit: 'feature' | 'row',
  t: FinishTally,
  limits: { chars: number; props: number },
): Bilingual[] {
  const out: Bilingual[] = [];
  const zhUnit = unit === 'row' ? '行' : '要素';
  if (t.closedRings.length > 0) {
    out.push(
      fileMessage(
        fileName,
        `${zhUnit} ${listNumbers(t.closedRings)} 的多边形环未闭合，已自动闭合`,
        `${unit}s ${listNumbers(t.closedRings)}: open polygon rings were closed`,
      ),
    );
  }
  if (t.bowties.length > 0) {
    out.push(
      fileMessage(
        fileName,
        `${zhUnit} ${listNumbers(t.bowties)} 的多边形自相交（“蝴蝶结”），已保留，请核对`,
        `${unit}s ${listNumbers(t.bowties)}: the polygon crosses itself (bowtie); kept, please check it`,
      ),
    );
  }
  if (t.truncatedValues > 0) {
    out.push(
      fileMessage(
        fileName,
        `${t.truncatedValues} 个属性值超过 ${limits.chars} 个字符的上限，已截断`,
        `${t.truncatedValues} property values were longer than the limit of ${limits.chars} characters and were cut`,
      ),
    );
  }
  if (t.forbiddenKeys > 0) {
    out.push(
      fileMessage(
        fileName,
        `已删除 ${t.forbiddenKeys} 个不安全的属性名（__proto__、constructor、prototype）`,
        `dropped ${t.forbiddenKeys} unsafe property keys (__proto__, constructor, prototype)`,
      ),
    );
  }
  if (t.overLimitKeys > 0) {
    out.push(
      fileMessage(
        fileName,
        `每个要素最多 ${limits.props} 个属性，多出的 ${t.overLimitKeys} 个已删除`,
        `over the limit of ${limits.props} properties per feature: dropped ${t.overLimitKeys}`,
      ),
    );
  }
  if (t.renamedKeys > 0) {
    out.push(
      fileMessage(
        fileName,
        `${t.renamedKeys} 个以 __ 开头的属性名为系统保留，已改名为 user__…`,
        `${t.renamedKeys} property keys starting with __ are reserved and were renamed user__…`,
      ),
    );
  }
  return out;
}
