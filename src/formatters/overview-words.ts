import type { Localized } from '../types.js';

/** The words of a run's overview, shared by -f summary and -f html. */
export const OVERVIEW_WORDS = {
  overall: {
    zh: '共检查 {{reports}} 份报告：通过 {{pass}} 份，未通过 {{fail}} 份，无法读取 {{unreadable}} 份',
    en: '{{reports}} report{{s}} checked: {{pass}} passed, {{fail}} failed, {{unreadable}} could not be read',
  },
  rule: { zh: '规则', en: 'Rule' },
  runMessages: { zh: '（文件读取等）', en: '(reading files etc.)' },
  total: { zh: '合计', en: 'Total' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  worst: { zh: '错误最多的报告', en: 'Reports with the most errors' },
  file: { zh: '文件', en: 'File' },
  byAgency: { zh: '按机关和年度', en: 'By agency and year' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  reports: { zh: '报告', en: 'Reports' },
  pass: { zh: '通过', en: 'Passed' },
  fail: { zh: '未通过', en: 'Failed' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  unknown: { zh: '（未识别）', en: '(unknown)' },
} satisfies Record<string, Localized>;
