/** The region records: domain shapes, apart from how the repository stores them. */
/** The levels of the region tree (unit grids are their own records). */
export type RegionKind = 'district' | 'street' | 'community';

export interface RegionRecord {
  code: string;
  kind: RegionKind;
  name: string;
  parentCode: string | null;
}

export interface NewRegion extends RegionRecord {
  geometry: string | null;
}
