/** The grid records: domain shapes, apart from how the repository stores them. */
export interface GridRow {
  code: string;
  name: string;
  communityCode: string;
  streetCode: string;
  geometry: string;
  areaM2: number;
  demo: boolean;
  supervisor: { id: string; username: string; displayName: string } | null;
}

export interface NewGrid {
  code: string;
  name: string;
  communityCode: string;
  streetCode: string;
  geometry: string;
  bbox: [number, number, number, number];
  areaM2: number;
  demo: boolean;
}

export interface AssignmentRow {
  id: string;
  gridCode: string;
  role: 'supervisor' | 'officer';
  startsAt: number;
  endsAt: number | null;
  user: { id: string; username: string; displayName: string };
}
