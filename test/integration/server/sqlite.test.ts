import { sqliteFactory } from './harness';
import { serverSuite } from './suite';
import { authoritySuite } from './authority';
import { randomAuthoritySuite } from './authorityRandom';

serverSuite('sqlite', sqliteFactory);
authoritySuite('sqlite', sqliteFactory);
randomAuthoritySuite('sqlite', sqliteFactory);
