// One pool of real engine workers per test file (vitest runs each file in its own process), so
// the channel tests run the handlers exactly as main does without starting workers per test.
import { EngineWorkers } from './engine-workers';

let shared: EngineWorkers | null = null;

export function testEngine(): EngineWorkers {
  shared ??= new EngineWorkers();
  return shared;
}
