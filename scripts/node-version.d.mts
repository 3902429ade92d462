// Types for node-version.mjs, which the start and preview scripts run as plain JavaScript.
export function atLeast(version: string, minimum: string): boolean;
export function warnIfOlder(minimum: string, what: string, version?: string): boolean;
