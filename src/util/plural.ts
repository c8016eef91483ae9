/**
 * A count with its noun in the right number ("1 open question", "25 values"):
 * messages for people, never "question(s)".
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
