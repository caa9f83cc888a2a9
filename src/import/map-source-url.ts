/**
 * A URL MapLibre's worker can read an imported layer's source from, so that its
 * data never pass through the page: a blob: URL, short and read straight from
 * the Blob. From file:// (the single offline file) the page's origin is opaque
 * and MapLibre's worker runs from a data: URL, which cannot read the page's
 * blobs; there the source becomes a data: URL, encoded off the page's thread.
 */
export function mapSourceUrl(blob: Blob): Promise<string> {
  if (self.origin !== 'null') return Promise.resolve(URL.createObjectURL(blob));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Frees a layer's blob: URL once the layer is gone (a data: URL holds nothing). */
export function releaseMapSourceUrl(url: string | undefined): void {
  if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
}
