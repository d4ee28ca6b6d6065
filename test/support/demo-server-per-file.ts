/**
 * One demo server for a whole test file, on 127.0.0.1: started before the file's first test and
 * stopped after its last. The file keeps its own `server` variable, set through `use`.
 */
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';

export function demoServerPerFile(password: string, use: (server: DemoServer) => void): void {
  let started: DemoServer | undefined;
  beforeAll(async () => {
    started = await startDemoServer({ username: 'manager', password });
    use(started);
  });
  afterAll(async () => {
    await started?.stop();
  });
}
