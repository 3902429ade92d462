import type { TeamDocument } from '../../shared/model/documents';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { Notices } from './app/notices';
import type { Clock } from './clock';
import type { PeopleRepository } from './people/people-repository';
import type { DocumentFile, StoreContext } from './storage/document-file';

/** What every feature's handlers may use: the clock, the store and the documents. */
export interface BackendContext {
  clock: Clock;
  dataDir: string;
  notices: Notices;
  store: StoreContext;
  people: PeopleRepository;
  team: DocumentFile<TeamDocument>;
  appVersion: string;
  platform: string;
  openExternal?: (url: string) => Promise<void>;
}

type Implementation<C extends Channel> = (
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The implementations of every channel in one area (`people:*`), as a feature module provides them. */
export type AreaHandlers<Area extends string> = {
  [C in Channel as C extends `${Area}:${string}` ? C : never]: Implementation<C>;
};
