import type { Locale, Localized } from '../types.js';

/** "2025-02-10" → "2025年2月10日"; anything else is left as it is. */
function chineseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** Filters a template may apply, `{{published|zh-date}}`: the Chinese template writes dates as Chinese does. */
const FILTERS: Record<string, (value: string) => string> = { 'zh-date': chineseDate };

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*(?:\|\s*([\w-]+)\s*)?\}\}/g, (whole, name: string, filter?: string) => {
    if (!(name in data)) return whole;
    const value = String(data[name]);
    return filter && FILTERS[filter] ? FILTERS[filter](value) : value;
  });
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text.zh;
}
