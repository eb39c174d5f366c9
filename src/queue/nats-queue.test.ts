import { natsQueueFixture } from './nats-test-queue.js';
import { runQueueContract } from './queue-contract.test-suite.js';

// An ack wait of 2 s: on a loaded machine (the whole suite runs in parallel on two cores) a 1 s wait let the
// server redeliver a message whose ack was still on its way, which the at-most-once case reads as a double.
runQueueContract('nats jetstream', natsQueueFixture, { ackWaitMs: 2000, waitMs: 1000 });
