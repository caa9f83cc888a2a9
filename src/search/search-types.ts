/** geodata/search.json: one entry per map feature, with what a search can match (built by scripts/search). */
export interface SearchEntry {
  id: string;
  kind: 'county' | 'zone' | 'town' | 'port' | 'park' | 'route' | 'work';
  name: string;
  name_en: string;
  /** Full pinyin of the name, lowercase, no spaces or tones ("jilongzhen"). */
  py: string;
  /** Initials of the pinyin ("jlz"). */
  ini: string;
  /** Common English / Tibetan-derived names, lowercase ("kyirong", "gyirong"). */
  aliases: string[];
  /** Tier for towns (ranks the central city before a key township). */
  tier?: string;
}
