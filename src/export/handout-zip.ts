import '../i18n/strings-later';
import { zipSync } from 'fflate';
import { sceneTitle } from '../meeting/scenes';
import type { AppStore } from '../store/app-store';
import { download, encodeCanvas } from './compose-png';
import { handoutFileName } from './file-name';
import { type HandoutProgress, renderHandout } from './handout';

/** A scene title as a safe file name part. */
const filePart = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);

/** The handout as images: a zip of one PNG per scene (01-….png, in agenda order). */
export async function exportHandoutZip(store: AppStore, progress: HandoutProgress): Promise<Blob> {
  const now = new Date();
  const lang = store.getState().lang;
  const files: Record<string, Uint8Array> = {};
  await renderHandout(
    store,
    progress,
    async (page, index, scene) => {
      const png = new Uint8Array(await (await encodeCanvas(page, 'image/png')).arrayBuffer());
      const name = `${String(index + 1).padStart(2, '0')}-${filePart(sceneTitle(scene, lang))}.png`;
      files[name] = png;
    },
    now,
  );
  // PNG is compressed already: store the files as they are.
  const blob = new Blob([zipSync(files, { level: 0 })], { type: 'application/zip' });
  download(blob, handoutFileName(now, 'zip'));
  return blob;
}
