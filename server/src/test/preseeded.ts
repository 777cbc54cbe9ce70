import type { Db } from '../db/database.ts';

/**
 * Test databases made from the run's seeded demo template (global-setup.ts): they already hold
 * the demo district, seeded at TEST_EPOCH, so seedDemo has nothing to do for them.
 */
const preseeded = new WeakSet<Db>();

export const markPreseeded = (db: Db): void => void preseeded.add(db);
export const isPreseeded = (db: Db): boolean => preseeded.has(db);
