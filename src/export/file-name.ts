const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date as YYYY-MM-DD (the date printed on an export). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The name of a downloaded image: 日喀则十四五空间布局-YYYYMMDD.png. */
export function exportFileName(date: Date): string {
  return `日喀则十四五空间布局-${isoDate(date).replaceAll('-', '')}.png`;
}

/** The name of a downloaded handout: 日喀则十四五空间布局-讲义-YYYYMMDD.pdf (or .zip). */
export function handoutFileName(date: Date, extension: 'pdf' | 'zip'): string {
  return `日喀则十四五空间布局-讲义-${isoDate(date).replaceAll('-', '')}.${extension}`;
}
