const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date as YYYY-MM-DD (the date printed on an export). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The name of a downloaded image: 日喀则十四五空间布局-YYYYMMDD.png. */
export function exportFileName(date: Date): string {
  return `日喀则十四五空间布局-${isoDate(date).replaceAll('-', '')}.png`;
}
