/** A department by legal duty (docs/domain.md): district-level, or a street's own team. */
export interface DepartmentRecord {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: 'district' | 'street';
  streetCode: string | null;
  active: boolean;
}
