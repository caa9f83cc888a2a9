import { describe, expect, it } from 'vitest';
import { missingSceneLayers } from '../../src/meeting/agenda-actions';
import { agendaToJson, parseAgendaFile } from '../../src/meeting/agenda-file';
import type { Scene } from '../../src/meeting/scenes';

const scene: Scene = {
  title: '重大项目',
  title_en: 'Key projects',
  caption: '',
  cite: '',
  view: '#v=1',
  userLayers: ['重大项目清单', '三区三线'],
};

describe('scenes that show imported layers', () => {
  it('keep the layers they need through an agenda file', () => {
    const parsed = parseAgendaFile(agendaToJson([scene]));
    expect(parsed).toEqual({ scenes: [scene] });
  });

  it('refuse a malformed list of layers', () => {
    const file = JSON.parse(agendaToJson([scene])) as { scenes: Record<string, unknown>[] };
    file.scenes[0]!.userLayers = [1, 2];
    const bad = JSON.stringify(file);
    expect(parseAgendaFile(bad)).toEqual({
      error: {
        zh: '第 1 个场景：导入图层应为图层名称的列表',
        en: 'scene 1: the imported layers must be a list of layer names',
      },
    });
  });

  it('name the layers this browser has not imported', () => {
    expect(missingSceneLayers([{ name: '三区三线' }], scene.userLayers ?? [])).toEqual(['重大项目清单']);
    expect(missingSceneLayers([{ name: '三区三线' }, { name: '重大项目清单' }], scene.userLayers ?? [])).toEqual([]);
  });
});
