/** A `%…%` ILIKE pattern matching the user's text literally (wildcards escaped). */
export const containsPattern = (value: string) =>
  `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
