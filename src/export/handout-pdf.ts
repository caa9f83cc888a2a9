import '../i18n/strings-later';
import { jsPDF } from 'jspdf';
import { STRINGS } from '../i18n/strings';
import type { AppStore } from '../store/app-store';
import { download, encodeCanvas } from './compose-png';
import { handoutFileName } from './file-name';
import { HANDOUT_PAGE, type HandoutProgress, renderHandout } from './handout';

/**
 * 导出讲义: one A4 landscape page per scene, each the composed map as a JPEG
 * (an image, so no Chinese font has to be embedded), downloaded as one PDF.
 */
export async function exportHandoutPdf(store: AppStore, progress: HandoutProgress): Promise<Blob> {
  const now = new Date();
  const { width, height, margin } = HANDOUT_PAGE;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const t = STRINGS[store.getState().lang];
  pdf.setProperties({ title: `${t.title} · ${t.exportHandout}`, creator: t.title });
  await renderHandout(
    store,
    progress,
    async (page, index) => {
      const jpeg = new Uint8Array(await (await encodeCanvas(page, 'image/jpeg', 0.9)).arrayBuffer());
      if (index > 0) pdf.addPage('a4', 'landscape');
      // Fitted inside the margins, centred, with the composition's own proportions.
      const scale = Math.min((width - 2 * margin) / page.width, (height - 2 * margin) / page.height);
      const w = page.width * scale;
      const h = page.height * scale;
      pdf.addImage(jpeg, 'JPEG', (width - w) / 2, (height - h) / 2, w, h);
    },
    now,
  );
  const blob = pdf.output('blob');
  download(blob, handoutFileName(now, 'pdf'));
  return blob;
}
