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
 * What the lead is told after an export: the file's name and where it goes. Electron asks with
 * its Save dialog (the lead picks the folder there); a browser (`npm run preview`) puts it in
 * its downloads folder under this name.
 */
export function exportedTo(fileName: string): string {
  return 'coachbook' in window && navigator.userAgent.includes('Electron')
    ? `Exported ${fileName}, to the folder you chose in the Save dialog.`
    : `Exported ${fileName}, to your browser's downloads folder.`;
}
