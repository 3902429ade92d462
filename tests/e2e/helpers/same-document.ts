import type { Page } from '@playwright/test';

/**
 * Marks the page's document, so a test can tell that it was never reloaded: the returned check
 * answers true while the page still shows the same document.
 */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  return () =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}
