import type { Rule } from '../src/engine/rule.js';
import feeStatement from './fee-statement.js';
import nonNegativeCounts from './non-negative-counts.js';
import requiredSections from './required-sections.js';
import statisticsPeriod from './statistics-period.js';
import tableCompleteness from './table-completeness.js';
import tableTotals from './table-totals.js';

/** The bundled rules, in the order their documentation lists them. */
export const builtinRules: Rule<never>[] = [
  requiredSections,
  statisticsPeriod,
  feeStatement,
  tableTotals,
  nonNegativeCounts,
  tableCompleteness,
] as Rule<never>[];
