import { sqliteFactory } from './harness';
import { serverSuite } from './suite';
import { authoritySuite } from './authority';

serverSuite('sqlite', sqliteFactory);
authoritySuite('sqlite', sqliteFactory);
