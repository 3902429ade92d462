/** Hands text to the browser's download flow (Electron shows a Save dialog). */
export function saveTextFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The toast as the export is handed over. In Electron there is none yet: the Save dialog is open,
 * and once it closes the main process says where the file went (`export:saved`, shown by
 * `lib/export-outcome.ts`: "Saved to …", "Export cancelled", or why it failed). A browser
 * (`npm run preview`) saves to its downloads folder under this name without asking.
 */
export function exportedTo(fileName: string): string {
  return isElectron() ? '' : `Exported ${fileName}, to your browser's downloads folder.`;
}

function isElectron(): boolean {
  return 'coachbook' in window && navigator.userAgent.includes('Electron');
}
