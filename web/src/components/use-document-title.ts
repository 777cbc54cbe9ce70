import { useEffect } from 'react';

/** Sets the browser tab title to "<page> · envgrid" while the component is shown. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · envgrid` : 'envgrid 网格化环境监管平台';
  }, [title]);
}
