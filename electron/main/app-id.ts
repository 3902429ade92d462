/**
 * The Windows app user model id: it must equal electron-builder.yml's `appId` (a test checks),
 * or toasts show under another name and their clicks reach no one.
 */
export const APP_ID = 'app.coachbook';
