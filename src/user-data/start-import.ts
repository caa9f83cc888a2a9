import type { AppStore } from '../store/app-store';

/** Hands files to the import, whose code loads with the first file (not with the map). */
export async function startImport(store: AppStore, files: File[]): Promise<void> {
  const { importIntoStore } = await import('../import/import-into-store');
  await importIntoStore(store, files);
}
