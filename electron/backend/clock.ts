/** Where "now" comes from. Tests pass a fixed clock; the app passes `() => new Date()`. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
