/**
 * Builds geodata/search.json: every map feature with its pinyin (full and
 * initials, from pinyin-pro) and its common English / Tibetan-derived names,
 * so the browser searches a small table instead of shipping a pinyin dictionary.
 * Run by `npm run geodata` after the feature files are built.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { SearchEntry } from '../../src/search/search-types';

const ROOT = join(import.meta.dirname, '..', '..');
const read = <T>(path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
type Props = { id: string; kind: string; name: string; name_en: string; tier?: string };
const features = (file: string) =>
  read<{ features: { properties: Props }[] }>(`geodata/${file}`).features.map((f) => f.properties);

const SUFFIXES = ['边民互市贸易通道', '边贸通道', '边贸市场', '口岸', '县', '区', '镇', '乡'];

/** The proper name under which related places gather: 吉隆 for 吉隆县, 吉隆镇, 吉隆口岸. */
function stem(name: string): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length + 1);
  return suffix ? name.slice(0, -suffix.length) : name;
}

const GENERIC = new Set(['town', 'township', 'county', 'district', 'port']);

/** "Gyirong / Kyirong (Gyirong Town)" → ["gyirong", "kyirong"]. */
function latinNames(text: string): string[] {
  return text
    .split(/[/;,()]|also called|district:/)
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/\s+(town|township|county|district|port)$/, ''),
    )
    .filter((s) => /^[a-zà-ÿāēīōūǎěǐǒǔêü' -]{3,}$/.test(s) && !GENERIC.has(s));
}

const kinds: [string, string][] = [
  ['counties.geojson', 'county'],
  ['zones.geojson', 'zone'],
  ['towns.geojson', 'town'],
  ['ports.geojson', 'port'],
  ['parks.geojson', 'park'],
  ['routes.geojson', 'route'],
];
const all = [
  ...kinds.flatMap(([file, kind]) => features(file).filter((p) => p.kind === kind)),
  // The plan's works, placed or not (selecting an unplaced one opens its panel).
  ...features('works.geojson').map((p) => ({ ...p, kind: 'work' })),
];

// Stems → the English names known for them (encyclopaedia names of towns, county names).
const known = new Map<string, Set<string>>();
const addNames = (key: string, names: string[]) => {
  if (!known.has(key)) known.set(key, new Set());
  for (const n of names) known.get(key)!.add(n);
};
for (const c of read<{ county: string; name: string; name_en_common?: string | null }[]>(
  'geodata/sources/towns-crosscheck.json',
)) {
  if (c.name_en_common) addNames(stem(c.name), latinNames(c.name_en_common));
}
for (const p of all.filter((f) => f.kind === 'county')) addNames(stem(p.name), latinNames(p.name_en));
// 桑珠孜区 is the city proper: its English names are the city's.
addNames('桑珠孜', ['shigatse', 'xigaze', 'xigazê', 'samzhubze', 'samzhubzê']);

const stems = [...known.keys()].sort((a, b) => b.length - a.length);
const entries: SearchEntry[] = all.map((p) => {
  const family = stems.find((s) => p.name.startsWith(s));
  const syllables = pinyin(p.name, { toneType: 'none', type: 'array', nonZh: 'removed' });
  return {
    id: p.id,
    kind: p.kind as SearchEntry['kind'],
    name: p.name,
    name_en: p.name_en,
    py: syllables.join('').toLowerCase(),
    ini: syllables
      .map((s) => s[0] ?? '')
      .join('')
      .toLowerCase(),
    aliases: [...new Set([...(family ? known.get(family)! : []), ...latinNames(p.name_en)])].sort(),
    ...(p.tier ? { tier: p.tier } : {}),
  };
});

const out = `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
writeFileSync(join(ROOT, 'geodata', 'search.json'), out);
console.log(`geodata/search.json: ${entries.length} entries`);
