/**
 * When lines of text without cell separators are a table, for every reader of such lines
 * (one cell per line, space-aligned): enough values and enough template labels among them,
 * a label being a text the template's label index matches at least this well.
 */
export const MIN_VALUES = 4;
export const MIN_LABELS = 2;
export const LABEL_SCORE = 0.9;
