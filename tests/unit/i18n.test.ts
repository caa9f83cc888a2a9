import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, message } from '../../src/i18n/bilingual';
import { chineseNumber, citeInEnglish, crumbText, sceneCiteText } from '../../src/i18n/plan-labels';
import { STRINGS } from '../../src/i18n/strings';
// The strings that load on demand join STRINGS here, as in the app when a part that shows them loads.
import '../../src/i18n/strings-later';
import { urlProblemNames, urlProblemsNotice } from '../../src/i18n/url-problems';
import { AGENDA_FORMAT, AGENDA_VERSION, parseAgendaFile } from '../../src/meeting/agenda-file';

const CJK = /[\u3400-\u9fff]/;

describe('the interface text', () => {
  it('has every string in both languages, and no Chinese in the English ones except the language button', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    const chinese = Object.entries(STRINGS.en).filter(([, v]) => CJK.test(v));
    expect(chinese.map(([k]) => k)).toEqual(['language', 'composedName']);
  });

  it('is loaded on demand only by modules that import the later strings, so none shows an empty label', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const later = readFileSync(join(src, 'i18n', 'strings-later.ts'), 'utf8');
    const keys = [...later.slice(0, later.indexOf('} as const')).matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(50);
    const used = new RegExp(`['"](${keys.join('|')})['"]|\\.(${keys.join('|')})\\b`);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) ? [path] : [];
      });
    const missing = files(src)
      .filter((f) => !f.includes(join('i18n', 'strings')))
      .filter((f) => used.test(readFileSync(f, 'utf8')))
      .filter((f) => !readFileSync(f, 'utf8').includes("i18n/strings-later'"))
      .map((f) => relative(src, f));
    expect(missing).toEqual([]);
  });

  it('fills slots', () => {
    expect(fill('{file}: HTTP {status}', { file: 'a.json', status: 404 })).toBe('a.json: HTTP 404');
    expect(message('dataFileHttp', { file: 'towns.geojson', status: 404 })).toEqual({
      zh: 'towns.geojson 无法读取：服务器返回 HTTP 404',
      en: 'towns.geojson could not be read: the server answered HTTP 404',
    });
  });
});

describe("the plan's numbering", () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十六', 26],
    ['三十八', 38],
  ])('%s is %i', (text, n) => expect(chineseNumber(text)).toBe(n));

  it('rejects what is not a number', () => {
    for (const text of ['', '百', '十十', '三三']) expect(chineseNumber(text)).toBeNull();
  });

  it('names parts, chapters, sections and columns in either language', () => {
    expect(crumbText({ kind: 'part', number: 2, label: '第二篇' }, 'zh')).toBe('第二篇');
    expect(crumbText({ kind: 'part', number: 2, label: '第二篇' }, 'en')).toBe('Part 2');
    expect(crumbText({ kind: 'section', number: 1, label: '第一节' }, 'en')).toBe('Section 1');
    expect(crumbText({ kind: 'column', number: 5 }, 'zh')).toBe('专栏5');
    expect(crumbText({ kind: 'column', number: 5 }, 'en')).toBe('Column 5');
    expect(crumbText({ kind: 'preface' }, 'en')).toBe('Preface');
  });

  it("reads a scene's citation in English, and leaves a user's own words alone", () => {
    expect(citeInEnglish('第三章第一节')).toBe('Chapter 3, Section 1');
    expect(citeInEnglish('第二十六章第一节')).toBe('Chapter 26, Section 1');
    expect(citeInEnglish('专栏9')).toBe('Column 9');
    expect(citeInEnglish('第五章第一节 专栏')).toBe('Chapter 5, Section 1 and its column');
    expect(citeInEnglish('见第三章')).toBeNull();
    expect(sceneCiteText('第三章', 'zh')).toBe('——《纲要》第三章');
    expect(sceneCiteText('第三章', 'en')).toBe('— the Outline, Chapter 3');
  });
});

describe('a link that could not be used', () => {
  it('names its parts in words, not by their keys', () => {
    expect(urlProblemNames(['sel', 'f'])).toEqual({ zh: '所选要素、筛选条件', en: 'the selected feature, the filter' });
    expect(urlProblemsNotice(['sel', 'f']).zh).toBe(`${STRINGS.zh.urlNotice} 所选要素、筛选条件`);
    expect(urlProblemNames(['v=99', 'evil']).en).toBe('the link version (99), an unknown setting "evil"');
    expect(urlProblemNames(['map', 'map']).zh).toBe('地图视野');
  });
});

describe('a refused agenda file', () => {
  it('says why in both languages, naming the field in words', () => {
    expect(parseAgendaFile('{')).toEqual({ error: { zh: '文件不是 JSON', en: 'the file is not JSON' } });
    const scene = { title: 'A', title_en: 'A', caption: '', cite: '', view: '#v=1&sel=<b>' };
    const bad = JSON.stringify({ format: AGENDA_FORMAT, version: AGENDA_VERSION, scenes: [scene] });
    expect(parseAgendaFile(bad)).toEqual({
      error: {
        zh: '第 1 个场景：视图链接无效（所选要素）',
        en: 'scene 1: the view link is not valid (the selected feature)',
      },
    });
    const untitled = JSON.stringify({
      format: AGENDA_FORMAT,
      version: AGENDA_VERSION,
      scenes: [{ ...scene, title: 1 }],
    });
    expect(parseAgendaFile(untitled)).toMatchObject({ error: { zh: '第 1 个场景：标题缺失或过长' } });
  });
});
