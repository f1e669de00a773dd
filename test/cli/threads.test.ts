/** Worker threads exist only in the compiled CLI: under ts-jest and with CS_KPI_THREADS=0 the callers work in-thread. */
import * as path from 'path';
import { startWorker } from '../../src/cli/threads';
import { compiledCli } from '../support/compiled-cli';

test('no worker from TypeScript sources (ts-jest)', () => {
  expect(startWorker('threads', {})).toBeNull();
});

test('the compiled CLI starts no worker for a script that does not exist, nor with CS_KPI_THREADS=0', () => {
  const compiled: typeof import('../../src/cli/threads') = require(path.join(compiledCli(), 'cli', 'threads.js'));
  expect(compiled.startWorker('no-such-script', {})).toBeNull();
  const before = process.env.CS_KPI_THREADS;
  process.env.CS_KPI_THREADS = '0';
  try {
    expect(compiled.startWorker('threads', {})).toBeNull();
  } finally {
    if (before === undefined) delete process.env.CS_KPI_THREADS;
    else process.env.CS_KPI_THREADS = before;
  }
});
