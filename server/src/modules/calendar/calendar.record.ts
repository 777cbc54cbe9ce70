/** The calendar records: domain shapes, apart from how the repository stores them. */
export interface CalendarDay {
  date: string;
  kind: 'workday' | 'holiday';
  name: string | null;
}
