// What the generator knows about the program it is writing: which names are bound, to which
// objects, and what may be asked of each object without making CPython's output depend on an
// address, the hash seed, or a cached object's interpreter-wide reference count.

export type Kind =
  | 'inst' | 'list' | 'dict' | 'set' | 'tuple' | 'str' | 'int' | 'float'
  | 'func' | 'gen' | 'method' | 'weakref' | 'other';

export interface ObjectModel {
  readonly kind: Kind;
  /** for instances: the class */
  readonly cls?: ClassModel;
  /** repr and iteration order are the same in every CPython run (no addresses, no str hashes) */
  stable: boolean;
  /** sys.getrefcount means something: not a small int, interned string, None or constant */
  readonly countable: boolean;
  /** it may contain itself: == and deep copies are off */
  cyclic: boolean;
  /** for weak references: the referent (still alive or not) */
  readonly referent?: ObjectModel;
  /** for generators: the container it iterates, whose items it yields */
  readonly source?: ObjectModel;
}

export interface ClassModel {
  readonly name: string;
  readonly base: ClassModel | null;
  /** the class's own __slots__, or null for a class with a __dict__ */
  readonly slots: readonly string[] | null;
  readonly hasDel: boolean;
  /** __eq__ and __hash__ by tag: sets of these are ordered by the user hash, so stable */
  readonly hashByTag: boolean;
  /** attribute names that may be assigned (all of them when instances have a __dict__) */
  readonly attributes: readonly string[];
  readonly hasDict: boolean;
  readonly weakrefable: boolean;
  readonly methods: readonly string[];
  readonly property: string | null;
  /** __init__ takes (tag) or (tag, extra) */
  readonly takesExtra: boolean;
}

export type ParamKind = 'posonly' | 'normal' | 'kwonly';

export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
  /** a Python literal, or null for a required parameter */
  readonly default: string | null;
  /** the body prints sys.getrefcount of it: calls must pass a countable object */
  readonly counted: boolean;
}

export interface FunctionModel {
  readonly name: string;
  readonly params: readonly Param[];
  readonly varargs: boolean;
  readonly varkw: boolean;
  /** what the function returns: 'list' (a new list), a parameter name, or 'none' */
  readonly returns: string;
}

export interface World {
  readonly names: Map<string, ObjectModel>;
  readonly classes: ClassModel[];
  readonly functions: FunctionModel[];
  /** generator functions taking one iterable */
  readonly generators: string[];
  /** closure factories taking one object, returning a function of one int */
  readonly makers: string[];
  nextTag: number;
}

export const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

/** kinds whose repr carries an address */
const ADDRESSED: readonly Kind[] = ['func', 'gen', 'method', 'weakref', 'other'];

export function object(kind: Kind, props: Partial<ObjectModel> = {}): ObjectModel {
  return { kind, stable: !ADDRESSED.includes(kind), countable: true, cyclic: false, ...props };
}

export function bound(world: World, test: (o: ObjectModel) => boolean = () => true): string[] {
  return [...world.names].filter(([, o]) => test(o)).map(([name]) => name);
}

export function isContainer(o: ObjectModel): boolean {
  return o.kind === 'list' || o.kind === 'dict' || o.kind === 'set' || o.kind === 'tuple';
}
