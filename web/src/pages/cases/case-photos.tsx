/** The case's photos, grouped by what they show (上报, 处置前/后, 处置反馈, 核查), with a preview. */
import { Card, Flex, Image, Typography } from 'antd';
import type { CaseEvent, EventAttachment } from '../../api/case-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

const KIND_LABELS: Record<string, MessageKey> = {
  report: 'cases.photoKind.report',
  before: 'cases.photoKind.before',
  after: 'cases.photoKind.after',
  feedback: 'cases.photoKind.feedback',
  assist_feedback: 'cases.photoKind.assist',
  check: 'cases.photoKind.check',
};

export function photoKindKey(kind: string): MessageKey {
  return (Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind] : undefined) ?? 'cases.photoKind.other';
}

export function PhotoStrip({ photos, size = 96 }: { photos: EventAttachment[]; size?: number }) {
  return (
    <Flex wrap gap={8}>
      {photos.map((p) => (
        <Image
          key={`${p.kind}-${p.id}`}
          src={p.url}
          width={size}
          height={size}
          style={{ objectFit: 'cover', borderRadius: 6 }}
          data-testid="case-photo"
        />
      ))}
    </Flex>
  );
}

export function CasePhotos({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const groups = new Map<string, EventAttachment[]>();
  for (const e of events)
    for (const a of e.attachments) {
      const list = groups.get(a.kind) ?? [];
      if (!list.some((x) => x.id === a.id)) list.push(a);
      groups.set(a.kind, list);
    }
  if (groups.size === 0) return null;
  return (
    <Card size="small" title={t('cases.photos.title')} data-testid="case-photos">
      <Image.PreviewGroup>
        <Flex vertical gap={12}>
          {[...groups].map(([kind, photos]) => (
            <div key={kind}>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
                {t(photoKindKey(kind))} ({photos.length})
              </Typography.Text>
              <PhotoStrip photos={photos} />
            </div>
          ))}
        </Flex>
      </Image.PreviewGroup>
    </Card>
  );
}
