import type { AreaHandlers, BackendContext } from '../context';

export function remindersHandlers(ctx: BackendContext): AreaHandlers<'reminders'> {
  // Read when called: building the table (and the channel-areas test) needs no engine.
  const reminders = () => ctx.reminders;
  return {
    'reminders:list': () => reminders().list(),
    'reminders:snooze': ({ id, for: choice }) => reminders().snooze(id, choice),
    'reminders:dismiss': ({ ids }) => reminders().dismiss(ids),
    'reminders:settings': () => reminders().settings(),
    'reminders:saveSettings': (settings) => reminders().saveSettings(settings),
    'reminders:pause': ({ minutes }) => reminders().pause(minutes),
    'reminders:test': () => reminders().test(),
  };
}
