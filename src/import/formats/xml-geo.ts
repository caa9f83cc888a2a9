import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { refuse } from '../messages';
import { emptySource, type ParsedSource } from './source';

/** Per-vertex arrays (track times, heart rates) do not fit flat properties. */
const DROPPED_PROPERTIES = ['coordinateProperties'];

function parseXml(text: string, fileName: string): Document {
  try {
    // xmldom in Node and in the worker alike: workers have no DOMParser.
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    return doc as unknown as Document;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return refuse(fileName, `XML 格式有误：${detail}`, `is not well-formed XML: ${detail}`);
  }
}

/** Read KML or GPX text through togeojson; both are lon/lat WGS-84 by definition. */
export function readXmlGeo(text: string, fileName: string, format: 'kml' | 'kmz' | 'gpx'): ParsedSource {
  const doc = parseXml(text, fileName);
  const collection = format === 'gpx' ? gpx(doc) : kml(doc);
  const source = emptySource(format, 'feature');
  source.lonLatByDefinition = true;
  collection.features.forEach((feature, i) => {
    const properties: Record<string, unknown> = { ...(feature.properties ?? {}) };
    for (const key of DROPPED_PROPERTIES) delete properties[key];
    source.features.push({ index: i + 1, geometry: feature.geometry, properties });
  });
  return source;
}
