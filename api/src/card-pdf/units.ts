/** PDF user space is in points; templates are in millimetres. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

/** ISO/IEC 7810 ID-1 (CR80), the size of a bank card. */
export const CARD_WIDTH_MM = 85.6;
export const CARD_HEIGHT_MM = 54;
