import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { describeErrors } from '../schemas/validator.js';
import type { Locale } from '../types.js';

type Localizer = (errors?: ErrorObject[] | null) => void;

/** ajv-i18n's Chinese, loaded only when a config error is printed in Chinese. */
function localizeZh(errors: ErrorObject[]): void {
  // CommonJS: module.exports is the function.
  (createRequire(import.meta.url)('ajv-i18n/localize/zh/index.js') as Localizer)(errors);
}

/** Schema errors as lines a user can act on: "/rules/x: must be …" in English, ajv-i18n's words in Chinese. */
export function describeProblems(errors: ErrorObject[] | null | undefined, root = ''): (locale: Locale) => string {
  return (locale) => {
    if (locale === 'en') return describeErrors(errors, root).join('\n  ');
    const copy = (errors ?? []).map((e) => ({ ...e }));
    localizeZh(copy);
    return copy
      .map((e) => {
        const where = `${root}${e.instancePath}` || '/';
        let what = e.message ?? '无效';
        if (e.keyword === 'additionalProperties') what = `有未知的属性 "${(e.params as { additionalProperty: string }).additionalProperty}"`;
        if (e.keyword === 'enum') what += `（${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}）`;
        return `${where}：${what}`;
      })
      .join('\n  ');
  };
}
