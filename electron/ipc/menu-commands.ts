// The app menu's classroom items reach the renderer through a channel the renderer calls and
// main answers when an item is clicked (a long poll): the channel map stays the one way in,
// and preload still exposes nothing but one function per channel.
import type { MenuCommand } from '../editor/api-types';

export class MenuCommands {
  private readonly waiting: ((command: MenuCommand) => void)[] = [];
  private readonly pending: MenuCommand[] = [];

  /** Called by the menu: wakes the renderer's waiting call, or keeps the command for its next one. */
  send(command: MenuCommand): void {
    const waiters = this.waiting.splice(0);
    if (waiters.length === 0) this.pending.push(command);
    for (const wake of waiters) wake(command);
  }

  /** The next command (one already sent, or the next one to come). */
  next(): Promise<MenuCommand> {
    const queued = this.pending.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
