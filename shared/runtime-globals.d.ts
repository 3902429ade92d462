/**
 * The few globals that both Node and the browser provide and that shared code may use. shared is
 * checked with the language alone (tsconfig.shared.json: lib ES2023, no DOM, no Node types), so
 * each one is declared here on purpose; anything else is passed in as a parameter.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** The WHATWG URL parser, the same in Node and the browser (only what shared code reads). */
declare class URL {
  constructor(input: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}
