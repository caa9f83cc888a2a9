import { type Bilingual, fill, inBoth, message } from '../i18n/bilingual';
import type { StringKey } from '../i18n/strings';
import { urlProblemNames } from '../i18n/url-problems';
import { parseHash } from '../url/hash-codec';
import type { Scene, SceneFocus } from './scenes';

/** An agenda file: what "export" writes and "import" accepts. */
export const AGENDA_FORMAT = 'shigatse-plan-agenda';
export const AGENDA_VERSION = 1;

export function agendaToJson(scenes: readonly Scene[]): string {
  return `${JSON.stringify({ format: AGENDA_FORMAT, version: AGENDA_VERSION, scenes }, null, 2)}\n`;
}

/** The longest speaker's notes a scene keeps. */
export const NOTES_MAX = 5000;

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * Reads an agenda file; never throws. A file that is not an agenda, or a scene
 * with a bad field or a view the link codec rejects, gives an error naming it (in both languages).
 */
export function parseAgendaFile(content: string): { scenes: Scene[] } | { error: Bilingual } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { error: message('agendaNotJson') };
  }
  const file = json as { format?: unknown; version?: unknown; scenes?: unknown };
  if (file?.format !== AGENDA_FORMAT) return { error: message('agendaNotAgenda', { format: AGENDA_FORMAT }) };
  if (file.version !== AGENDA_VERSION) return { error: message('agendaVersion', { version: String(file.version) }) };
  if (!Array.isArray(file.scenes) || file.scenes.length === 0 || file.scenes.length > 100) {
    return { error: message('agendaSceneCount') };
  }
  const scenes: Scene[] = [];
  for (const [i, raw] of file.scenes.entries()) {
    const s = raw as Partial<Record<keyof Scene, unknown>>;
    for (const [field, max] of [
      ['title', 200],
      ['title_en', 200],
      ['caption', 500],
      ['cite', 100],
      ['view', 2000],
    ] as const) {
      if (!text(s?.[field], max)) {
        const name = inBoth((t) => t[`agendaField_${field}` satisfies StringKey]);
        return { error: inBoth((t, lang) => fill(t.agendaSceneField, { n: i + 1, field: name[lang] })) };
      }
    }
    const view = s.view as string;
    const { problems } = parseHash(view);
    if (!view.startsWith('#') || problems.length > 0) {
      const what = problems.length > 0 ? urlProblemNames(problems) : message('agendaSceneNoHash');
      return { error: inBoth((t, lang) => fill(t.agendaSceneView, { n: i + 1, what: what[lang] })) };
    }
    const layers = s.userLayers;
    if (layers !== undefined && (!Array.isArray(layers) || layers.length > 50 || !layers.every((n) => text(n, 200)))) {
      return { error: message('agendaSceneLayers', { n: i + 1 }) };
    }
    // Notes came later: a file without them still imports.
    const notes = s.notes;
    if (notes !== undefined && !text(notes, NOTES_MAX)) {
      return { error: message('agendaSceneNotes', { n: i + 1, max: NOTES_MAX }) };
    }
    const focus = parseFocus(s.focus);
    if (focus === 'bad') return { error: message('agendaSceneFocus', { n: i + 1 }) };
    scenes.push({
      title: s.title as string,
      title_en: s.title_en as string,
      caption: s.caption as string,
      cite: s.cite as string,
      view,
      ...(layers ? { userLayers: layers as string[] } : {}),
      ...(notes ? { notes } : {}),
      ...(focus ? { focus } : {}),
    });
  }
  return { scenes };
}

const FEATURE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A scene's focus from a file: undefined when absent, 'bad' when malformed. */
function parseFocus(raw: unknown): SceneFocus | undefined | 'bad' {
  if (raw === undefined) return undefined;
  const f = raw as { ids?: unknown; filteredPlaces?: unknown };
  if (typeof f !== 'object' || f === null) return 'bad';
  const ids = f.ids;
  if (
    ids !== undefined &&
    (!Array.isArray(ids) || ids.length > 500 || !ids.every((id) => typeof id === 'string' && FEATURE_ID.test(id)))
  )
    return 'bad';
  if (f.filteredPlaces !== undefined && typeof f.filteredPlaces !== 'boolean') return 'bad';
  return {
    ...(ids ? { ids: ids as string[] } : {}),
    ...(f.filteredPlaces ? { filteredPlaces: true } : {}),
  };
}
