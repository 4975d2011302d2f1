/** An unexpected error (a chunk that failed to download, a bug) as the detail of a pane message. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
