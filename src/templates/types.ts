import type { CellKind } from '../text/cell-value.js';
import type { Localized } from '../types.js';

export interface TemplateColumn {
  id: string;
  label: string;
  group?: string;
  supergroup?: string;
  kind?: CellKind;
}

export interface TemplateRow {
  id: string;
  /** null for a data row without a label (the single row of table 四). */
  label: string | null;
  groups?: string[];
}

export interface TemplateBlock {
  id: string;
  label?: string;
  kind: CellKind;
  columns: TemplateColumn[];
  rows: TemplateRow[];
}

export interface TemplateTable {
  id: string;
  section: number;
  name: Localized;
  headerLabels?: string[];
  blocks: TemplateBlock[];
}

export interface TemplateSection {
  number: number;
  title: string;
  variants: string[];
  table?: string;
}

export interface Identity {
  id: string;
  table: string;
  block: string;
  each: 'column' | 'row';
  left: string[];
  right: string[];
  target: string;
  name: Localized;
  official: boolean;
}

export interface ObsoleteLabel {
  label: string;
  replacement: string;
  /** The replacement is one label that can stand in place of the old one, so --fix may write it. */
  fixable?: boolean;
  /** Outdated only as a row of its own with data (the undivided (六)其他处理 of 2019). */
  undivided?: boolean;
}

export interface Template {
  id: string;
  name: Localized;
  basis: string;
  years: { from: number; to?: number };
  sections: TemplateSection[];
  tables: TemplateTable[];
  identities: Identity[];
  obsoleteLabels?: ObsoleteLabel[];
}
