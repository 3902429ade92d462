import type { z } from 'zod';
import { appChannels } from './channels/app';
import { peopleChannels } from './channels/people';
import { todayChannels } from './channels/today';
import { meetingsChannels } from './channels/meetings';
import { pointsChannels } from './channels/points';
import { actionsChannels } from './channels/actions';
import { briefChannels } from './channels/brief';
import { exportChannels } from './channels/export';
import { questionsChannels } from './channels/questions';
import { recognitionChannels } from './channels/recognition';
import { feedbackChannels } from './channels/feedback';
import { valuesChannels } from './channels/values';
import { growthChannels } from './channels/growth';
import { kpisChannels } from './channels/kpis';
import { importsChannels } from './channels/imports';
import { remindersChannels } from './channels/reminders';

/** Every channel between the renderer and the main process. Adding one here is the only way. */
export const contract = {
  ...appChannels,
  ...peopleChannels,
  ...todayChannels,
  ...meetingsChannels,
  ...pointsChannels,
  ...actionsChannels,
  ...briefChannels,
  ...exportChannels,
  ...questionsChannels,
  ...recognitionChannels,
  ...feedbackChannels,
  ...valuesChannels,
  ...growthChannels,
  ...kpisChannels,
  ...importsChannels,
  ...remindersChannels,
};

type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
