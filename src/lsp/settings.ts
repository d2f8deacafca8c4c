import type { Locale } from '../types.js';

/**
 * The server's settings, from initializationOptions and, where the client offers it, the
 * `xxgk-lint` section of workspace/configuration (which wins, as it can change while the
 * server runs).
 */
export interface ServerSettings {
  /** A config file used instead of looking up .xxgklintrc.json from each file upward. */
  configFile?: string;
  locale?: Locale;
}

export const SETTINGS_SECTION = 'xxgk-lint';

/** The settings an untyped object from the client gives; what is not understood is left out. */
export function readSettings(raw: unknown): ServerSettings {
  if (!raw || typeof raw !== 'object') return {};
  const { configFile, locale } = raw as Record<string, unknown>;
  return {
    ...(typeof configFile === 'string' && configFile !== '' ? { configFile } : {}),
    ...(locale === 'zh' || locale === 'en' ? { locale } : {}),
  };
}
