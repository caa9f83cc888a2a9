import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF_DETAIL, type BriefData, clip, countyBrief } from '../../src/brief/brief-model';
import type { Links } from '../../src/data/links-types';
import type { Plan } from '../../src/data/plan-types';
import { buildPlanIndex } from '../../src/plan/build-plan-index';
import { GEODATA_DIR, readGeojson } from './support/geodata';

const read = <T>(file: string) => JSON.parse(readFileSync(join(GEODATA_DIR, file), 'utf8')) as T;
const index = buildPlanIndex(read<Plan>('plan.json'), read<Links>('links.json'));
const data = {
  counties: readGeojson('counties.geojson'),
  zones: readGeojson('zones.geojson'),
  towns: readGeojson('towns.geojson'),
  ports: readGeojson('ports.geojson'),
  parks: readGeojson('parks.geojson'),
} as BriefData;
const [fullest, , , , tightest] = BRIEF_DETAIL;

describe('the county brief', () => {
  it('吉隆县: its belt, its towns by tier with the plan’s role, its port with status, its parks, projects and paragraphs', () => {
    const brief = countyBrief(data, index, 'county-540234', fullest!);
    expect(brief.zones.map((z) => z.zone.name)).toContain('喜马拉雅中段强边建设带');
    expect(brief.zones.find((z) => z.zone.id === 'border-belt')?.role).toMatch(/^喜马拉雅中段强边建设带/);
    expect(brief.towns.map((g) => [g.tier.name, g.items.map((t) => t.town.name)])).toEqual([
      ['重要节点城镇', ['吉隆镇']],
      ['节点乡镇', ['宗嘎镇']],
      ['重点乡镇', ['萨勒乡']],
    ]);
    expect(brief.towns[0]?.items[0]?.quotes[0]).toBe('市域西南部副中心城镇和对外开放合作重镇');
    expect(brief.ports.map((p) => [p.port.name, p.status?.name])).toEqual([['吉隆口岸', '提升扩大']]);
    expect(brief.parks.map((p) => p.park.name)).toContain('吉隆国家重点开发开放试验区');
    expect(brief.projects.items.map((p) => p.text).join()).toContain('吉隆县疾控中心');
    // Paragraphs only (专栏 items are the projects), each with where it sits.
    expect(brief.passages.items.every((p) => p.id.startsWith('c') && p.breadcrumb.length > 0)).toBe(true);
  });

  it('cuts the lists to the detail level and says how many were left out', () => {
    const full = countyBrief(data, index, 'county-540202', fullest!);
    const tight = countyBrief(data, index, 'county-540202', tightest!);
    expect(tight.projects.items).toHaveLength(tightest!.projects);
    expect(tight.projects.items.length + tight.projects.more).toBe(full.projects.items.length + full.projects.more);
    expect(tight.passages.items.every((p) => p.text === '')).toBe(true);
    expect(tight.inlineTowns).toBe(true);
    expect(tight.ports.every((p) => p.quote === '')).toBe(true);
  });

  it('clips with an ellipsis only when it cuts', () => {
    expect(clip('吉隆口岸', 4)).toBe('吉隆口岸');
    expect(clip('吉隆口岸扩能', 4)).toBe('吉隆口…');
    expect(clip('吉隆口岸', 0)).toBe('');
  });
});
