import { describe, expect, it } from 'vitest';
import { agendaToJson, NOTES_MAX, parseAgendaFile } from '../../src/meeting/agenda-file';
import type { Scene } from '../../src/meeting/scenes';

const scene: Scene = {
  title: '口岸',
  title_en: 'Ports and border trade',
  caption: '全力构建边境口岸带',
  cite: '第二十六章第一节',
  view: '#v=1&f=portStatus:expand',
  notes: '先讲吉隆口岸的恢复通关，再讲里孜口岸。\n时间：三分钟。',
};

describe("the speaker's notes in an agenda file", () => {
  it('survive export and import', () => {
    expect(parseAgendaFile(agendaToJson([scene]))).toEqual({ scenes: [scene] });
  });

  it('are optional: an older file without notes still imports', () => {
    const { notes: _notes, ...older } = scene;
    expect(parseAgendaFile(agendaToJson([older]))).toEqual({ scenes: [older] });
  });

  it('must be text of bounded length', () => {
    const file = JSON.parse(agendaToJson([scene])) as { scenes: Record<string, unknown>[] };
    file.scenes[0]!.notes = 'x'.repeat(NOTES_MAX + 1);
    expect(parseAgendaFile(JSON.stringify(file))).toEqual({
      error: {
        zh: `第 1 个场景：演讲备注应为不超过 ${NOTES_MAX} 字的文字`,
        en: `scene 1: the notes must be text of at most ${NOTES_MAX} characters`,
      },
    });
    file.scenes[0]!.notes = 42;
    expect('error' in parseAgendaFile(JSON.stringify(file))).toBe(true);
  });
});
