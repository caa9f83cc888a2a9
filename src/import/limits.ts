/** The hard limits of an import; every refusal or truncation names the one it hit. */
export const LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  features: 250_000,
  /** Levels of coordinate nesting allowed beyond what the geometry type expects before we stop looking. */
  extraNesting: 6,
  propertyChars: 10_000,
  propertiesPerFeature: 200,
  /** Rings longer than this skip the O(n²) self-intersection check. */
  kinkCheckPositions: 2_000,
} as const;

/** Megabytes, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
