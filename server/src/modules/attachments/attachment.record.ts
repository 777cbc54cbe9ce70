/** The attachment records: domain shapes, apart from how the repository stores them. */
export interface AttachmentRecord {
  id: string;
  sha256: string;
  mime: string;
  size: number;
  exif: { lng: number; lat: number } | null;
  uploadedBy: string;
  createdAt: number;
}
