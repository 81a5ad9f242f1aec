import { useCallback } from 'react';

/**
 * Shows a Blob (a fetched photo, or a file just chosen) as an image. The
 * object URL lives exactly as long as the <img>: React 19 runs the ref's
 * cleanup when the element goes or the blob changes, and that revokes it.
 */
export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(blob);
      img.src = url;
      return () => {
        img.removeAttribute('src');
        URL.revokeObjectURL(url);
      };
    },
    [blob],
  );
  return <img ref={attach} alt={alt} className={className} />;
}
