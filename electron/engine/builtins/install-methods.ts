// Registers the methods of every builtin type.
import type { Runtime } from '../runtime/runtime';
import { installListMethods } from './list-methods';
import { installDictMethods } from './dict-methods';
import { installSetMethods } from './set-methods';
import { installTupleMethods } from './tuple-methods';
import { installObjectMethods } from './object-methods';
import { installGeneratorMethods } from './generator-methods';
import { installStrMethods } from './str-methods';

export function installAllMethods(rt: Runtime): void {
  installListMethods(rt);
  installDictMethods(rt);
  installSetMethods(rt);
  installTupleMethods(rt);
  installObjectMethods(rt);
  installGeneratorMethods(rt);
  installStrMethods(rt);
}
