import { dirname, isAbsolute, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigFinder, type ConfigFile, configChain, readConfigFile, resolveSettings } from '../config/config.js';
import { loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { ServerSettings } from './settings.js';

/**
 * The options a file is linted with: its config as the CLI finds it (the named config file,
 * else .xxgklintrc.json from the file's folder upward), read at each lint so that an edit
 * to the config shows at once. A bad config throws ConfigError, as in the CLI.
 */
export async function lintOptionsFor(filePath: string, settings: ServerSettings, root: string): Promise<LintOptions> {
  const layer: ConfigFile | undefined = settings.configFile
    ? readConfigFile(isAbsolute(settings.configFile) ? settings.configFile : resolve(root, settings.configFile))
    : new ConfigFinder().find(dirname(filePath));
  const chain = layer ? configChain(layer) : [];
  const rules = ruleRegistry(builtinRules, await loadPluginRules(chain.flatMap((c) => c.plugins)));
  return {
    rules,
    settings: resolveSettings(rules, chain),
    locale: settings.locale ?? layer?.locale ?? 'zh',
  };
}
