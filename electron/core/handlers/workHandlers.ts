import type { Handlers } from '../dispatcher.ts';
import type { LongWork } from '../longWork.ts';
import { say } from '../../../shared/messages/message.ts';

type WorkHandlers = Pick<Handlers, Extract<keyof Handlers, `work.${string}`>>;

/** The contract's work methods: stopping the long piece of work that is running. */
export function workHandlers(longWork: LongWork): WorkHandlers {
  return {
    'work.cancel': () => ({ cancelled: longWork.stop(say('common.stoppedAsAsked')) }),
  };
}
