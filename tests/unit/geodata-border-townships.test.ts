import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readTownshipSeats } from '../../scripts/geodata/townships';
import type { CountyPartProps, ZonesFileProps } from '../../src/data/types';
import { GEODATA_DIR, readGeojson } from './support/geodata';

type Part = Feature<Polygon | MultiPolygon, CountyPartProps>;
interface Row {
  county: string;
  code: string;
  name: string;
  basis: 'village-record' | 'geometric';
  border: boolean;
  villages?: { code: string; name: string; page_name: string }[];
  citations?: { url: string; words: string }[];
  reason?: string;
}

const parts = readGeojson<ZonesFileProps>('zones.geojson').features.filter(
  (f) => f.properties.kind === 'county-part',
) as Part[];
const table = (
  JSON.parse(readFileSync(join(GEODATA_DIR, 'sources', 'border-villages.json'), 'utf8')) as { townships: Row[] }
).townships;
const seats = readTownshipSeats(join(GEODATA_DIR, 'sources', 'amap-townships-2018.csv'));

const part = (county: string, zone: CountyPartProps['zone']) =>
  parts.find((p) => p.properties.name.startsWith(county) && p.properties.zone === zone)!;
const names = (p: Part) => p.properties.township_basis.map((t) => t.name).sort();

describe('the townships of 仲巴县 and 萨嘎县 on either side of the border split', () => {
  it('are, for 仲巴县, four on the border and nine inland', () => {
    expect(names(part('仲巴县', 'border-belt'))).toEqual(['亚热乡', '偏吉乡', '纳久乡', '霍尔巴乡'].sort());
    expect(names(part('仲巴县', 'eco-belt'))).toEqual(
      ['帕羊镇', '拉让乡', '帕江乡', '仁多乡', '吉玛乡', '吉拉乡', '布多乡', '琼果乡', '隆格尔乡'].sort(),
    );
  });

  it('are, for 萨嘎县, two on the border and six inland', () => {
    expect(names(part('萨嘎县', 'border-belt'))).toEqual(['拉藏乡', '昌果乡'].sort());
    expect(names(part('萨嘎县', 'eco-belt'))).toEqual(
      ['加加镇', '夏如乡', '旦嘎乡', '达吉岭乡', '如角乡', '雄如乡'].sort(),
    );
  });

  it('put 拉藏乡 on the border on its village record (久嘎村 and 门曲村 are 边境村), its seat inside the border part', () => {
    const lazang = part('萨嘎县', 'border-belt').properties.township_basis.find((t) => t.name === '拉藏乡')!;
    expect(lazang.basis).toBe('village-record');
    expect(lazang.border_villages).toEqual(['久嘎村', '门曲村']);
    expect(lazang.sources).toEqual(['http://m.nmhdgaokao.com/xizang/sagaxian_lacangxiang.html']);
    const seat = seats.find((s) => s.code === lazang.code)!;
    expect(booleanPointInPolygon(seat.position!, part('萨嘎县', 'border-belt'))).toBe(true);
  });

  it('list every township of the two counties once, on the side and with the basis the source table gives', () => {
    const listed = parts.flatMap((p) => p.properties.township_basis.map((t) => ({ ...t, zone: p.properties.zone })));
    const towns = seats.filter((s) => s.level === 'town' && (s.county === '仲巴县' || s.county === '萨嘎县'));
    expect(listed.map((t) => t.code).sort()).toEqual(towns.map((t) => t.code).sort());
    expect(table.map((r) => r.code).sort()).toEqual(towns.map((t) => t.code).sort());
    for (const t of listed) {
      const row = table.find((r) => r.code === t.code)!;
      expect(t.basis, t.name).toBe(row.basis);
      expect(t.zone === 'border-belt', t.name).toBe(row.border);
    }
    for (const p of parts) expect(p.properties.townships).toEqual(p.properties.township_basis.map((t) => t.code));
  });

  it('cite, for every village record, a page whose words mark each village 边境村', () => {
    const records = table.filter((r) => r.basis === 'village-record');
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      const quoted = r.citations!.flatMap((c) => c.words.split(' / '));
      for (const v of r.villages!) {
        expect(
          quoted.some((q) => q.startsWith(v.page_name) && /邊境村|边境村/.test(q)),
          v.name,
        ).toBe(true);
      }
    }
    // Where the sources are silent, the row says so.
    for (const r of table.filter((x) => x.basis === 'geometric')) expect(r.reason, r.name).toContain('边境村');
  });
});
