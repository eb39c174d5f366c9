import { createMemoryBroker } from './memory-queue.js';
import { runQueueContract } from './queue-contract.test-suite.js';

runQueueContract(
  'memory',
  async (options) => {
    const broker = createMemoryBroker(options);
    return { connect: async () => broker.connect(), cleanup: async () => {} };
  },
  { ackWaitMs: 150, waitMs: 40 },
);
