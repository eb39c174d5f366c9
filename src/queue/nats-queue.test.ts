import { natsQueueFixture } from './nats-test-queue.js';
import { runQueueContract } from './queue-contract.test-suite.js';

runQueueContract('nats jetstream', natsQueueFixture, { ackWaitMs: 1000, waitMs: 1000 });
