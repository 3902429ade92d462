import { useEffect, useRef } from 'react';
import { focusPageWhenShown, installFocusRescue, installInvalidFieldFocus } from '../lib/focus';

/**
 * The app shell's one focus mechanism (lib/focus.ts): after a route change focus moves to the
 * new page's heading (or the field its form marks `data-autofocus`); a control that vanishes
 * under focus hands it to the heading; a form that fails validation focuses its first invalid
 * field. The first page of a start keeps focus at the top, where the skip link is.
 */
export function useFocusManagement(pathname: string): void {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    return focusPageWhenShown();
  }, [pathname]);

  useEffect(() => {
    const uninstallRescue = installFocusRescue();
    const uninstallInvalid = installInvalidFieldFocus();
    return () => {
      uninstallRescue();
      uninstallInvalid();
    };
  }, []);
}
