/** The part of fontkit we use (it ships no types). pdfkit accepts these font objects as they are. */
declare module 'fontkit' {
  export interface Font {
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: Record<string, boolean>): { readonly advanceWidth: number };
  }
  export function create(buffer: Uint8Array): Font;
}
