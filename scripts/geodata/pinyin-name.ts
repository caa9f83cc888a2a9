import { pinyin } from 'pinyin-pro';

const SUFFIXES: [string, string][] = [
  ['街道', 'Subdistrict'],
  ['办事处', 'Subdistrict'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['县', 'County'],
  ['区', 'District'],
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Jiangzi" for 江孜镇: the pinyin of the proper name, without the administrative suffix. */
export function pinyinOfProperName(name: string): string {
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length + 1);
  const proper = suffix ? name.slice(0, -suffix[0].length) : name;
  return capitalise(pinyin(proper, { toneType: 'none', type: 'array' }).join(''));
}

/** "Jiangzi Town" for 江孜镇. */
export function pinyinName(name: string): string {
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length + 1);
  return suffix ? `${pinyinOfProperName(name)} ${suffix[1]}` : pinyinOfProperName(name);
}
