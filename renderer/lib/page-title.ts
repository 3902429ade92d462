import { useEffect, type RefObject } from 'react';

export const APP_NAME = 'Coachbook';

/** The window title for a page: its heading, then the app ("Ana Lima — Coachbook"). */
export function windowTitle(heading: string | null | undefined): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text && text !== APP_NAME ? `${text} — ${APP_NAME}` : APP_NAME;
}

/**
 * The one place the window title is set: fed by the page's heading (`PageHeader`), so the title
 * always says what the page says, names and all, and follows it when its data arrives.
 */
export function usePageTitle(heading: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const title = windowTitle(heading.current?.textContent);
    if (document.title !== title) document.title = title;
  });
}
