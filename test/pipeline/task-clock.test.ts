import { describe, expect, it } from 'vitest';
import { TaskClock } from '../../src/pipeline/task-clock.js';

describe('the clock a worker shares with the main thread', () => {
  it('tells no task running until one starts', () => {
    expect(TaskClock.create().running()).toBeUndefined();
  });

  it('tells the task a worker runs and its deadline, and none once it stops', () => {
    const clock = TaskClock.create();
    const worker = new TaskClock(clock.buffer);
    worker.run(0, 1_700_000_000_123.5);
    expect(clock.running()).toEqual({ id: 0, deadline: 1_700_000_000_123.5 });
    worker.run(7, 42);
    expect(clock.running()).toEqual({ id: 7, deadline: 42 });
    worker.stop();
    expect(clock.running()).toBeUndefined();
  });
});
