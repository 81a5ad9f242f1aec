import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HolderDetail, HolderResponse } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeHolder } from './get-holder.ts';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** Adds or replaces the photo. 400 PHOTO_INVALID (not an image we can read), 413 PHOTO_TOO_LARGE. */
export async function uploadHolderPhoto({ id, photo }: { id: string; photo: File }): Promise<HolderDetail> {
  const form = new FormData();
  form.append('photo', photo, photo.name);
  const { holder } = await api.put<HolderResponse>(`/api/holders/${encodeURIComponent(id)}/photo`, form);
  return holder;
}

export function useUploadHolderPhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadHolderPhoto, onSuccess: (holder) => storeHolder(queryClient, holder) });
}
