import type { Rule } from '../src/engine/rule.js';
import crossYearConsistency from './cross-year-consistency.js';
import feeStatement from './fee-statement.js';
import noPlaceholder from './no-placeholder.js';
import nonNegativeCounts from './non-negative-counts.js';
import previousYearFollowUp from './previous-year-follow-up.js';
import publicationDeadline from './publication-deadline.js';
import reportYear from './report-year.js';
import requiredSections from './required-sections.js';
import statisticsPeriod from './statistics-period.js';
import tableCompleteness from './table-completeness.js';
import tableTotals from './table-totals.js';
import templateVersion from './template-version.js';
import textTableConsistency from './text-table-consistency.js';

/** The bundled rules, in the order their documentation lists them: the format first, then what reviewers check beyond it. */
export const builtinRules: Rule<never>[] = [
  requiredSections,
  statisticsPeriod,
  feeStatement,
  tableTotals,
  nonNegativeCounts,
  tableCompleteness,
  templateVersion,
  textTableConsistency,
  publicationDeadline,
  reportYear,
  noPlaceholder,
  crossYearConsistency,
  previousYearFollowUp,
] as Rule<never>[];
