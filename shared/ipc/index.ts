export * from './errors';
export * from './channel';
export * from './contract';
export * from './events';
export * from './create-api';
export type * from './channels/app';
export type * from './channels/people';
export type * from './channels/today';
