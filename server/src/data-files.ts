import path from 'node:path';

/** The repository's data/ folder: the default datasets shipped with envgrid (data/README.md). */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/** The demo district's profile folder (东城区, Dongcheng, Beijing): the default district. */
export const DEMO_DISTRICT_DIR = path.join(DATA_DIR, 'districts', '110101');
