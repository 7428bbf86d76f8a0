import { sqliteFactory } from './harness';
import { serverSuite } from './suite';

serverSuite('sqlite', sqliteFactory);
