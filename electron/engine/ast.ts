// The syntax tree of the engine's Python subset. Shapes follow CPython's `ast` module so that
// anyone who knows `ast.dump` can read them; every node carries its source span
// (line is 1-based, col is 0-based, as CPython reports them).

export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '|' | '^' | '&' | '@';
export type UnaryOperator = '-' | '+' | 'not' | '~';
export type CompareOperator =
  | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** A literal constant. Ints are bigints so that `10 ** 100` and `2**63` stay exact. */
export type ConstantValue =
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'complex'; readonly imag: number }
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'bytes'; readonly value: Uint8Array }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'none' }
  | { readonly type: 'ellipsis' };

export type Expr =
  | Constant | JoinedStr | FormattedValue | Name | ListExpr | TupleExpr | SetExpr | DictExpr
  | Starred | BinOp | UnaryOp | BoolOp | Compare | Call | Attribute | Subscript | Slice
  | Lambda | IfExp | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom
  | NamedExpr;

export interface Constant extends Span { readonly kind: 'Constant'; readonly value: ConstantValue }
/** An f-string: literal pieces and formatted values in source order. */
export interface JoinedStr extends Span {
  readonly kind: 'JoinedStr';
  readonly values: readonly (Constant | FormattedValue)[];
}
export interface FormattedValue extends Span {
  readonly kind: 'FormattedValue';
  readonly value: Expr;
  readonly conversion: 'r' | 's' | 'a' | null;
  readonly formatSpec: JoinedStr | null;
}
export interface Name extends Span { readonly kind: 'Name'; readonly id: string }
export interface ListExpr extends Span { readonly kind: 'List'; readonly elts: readonly Expr[] }
export interface TupleExpr extends Span { readonly kind: 'Tuple'; readonly elts: readonly Expr[] }
export interface SetExpr extends Span { readonly kind: 'Set'; readonly elts: readonly Expr[] }
/** `keys[i] === null` marks a `**mapping` entry whose mapping is `values[i]`. */
export interface DictExpr extends Span {
  readonly kind: 'Dict';
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
}
export interface Starred extends Span { readonly kind: 'Starred'; readonly value: Expr }
export interface BinOp extends Span {
  readonly kind: 'BinOp';
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}
export interface UnaryOp extends Span {
  readonly kind: 'UnaryOp';
  readonly op: UnaryOperator;
  readonly operand: Expr;
}
export interface BoolOp extends Span {
  readonly kind: 'BoolOp';
  readonly op: 'and' | 'or';
  readonly values: readonly Expr[];
}
export interface Compare extends Span {
  readonly kind: 'Compare';
  readonly left: Expr;
  readonly ops: readonly CompareOperator[];
  readonly comparators: readonly Expr[];
}
export interface Keyword extends Span {
  /** null for `**mapping` */
  readonly arg: string | null;
  readonly value: Expr;
}
export interface Call extends Span {
  readonly kind: 'Call';
  readonly func: Expr;
  /** positional arguments; `*iterable` appears as a Starred node */
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}
export interface Attribute extends Span { readonly kind: 'Attribute'; readonly value: Expr; readonly attr: string }
export interface Subscript extends Span { readonly kind: 'Subscript'; readonly value: Expr; readonly slice: Expr }
/** `a:b:c` inside a subscript; a tuple of slices appears as a TupleExpr. */
export interface Slice extends Span {
  readonly kind: 'Slice';
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}
export interface Lambda extends Span { readonly kind: 'Lambda'; readonly params: Parameters; readonly body: Expr }
export interface IfExp extends Span {
  readonly kind: 'IfExp';
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}
export interface Comprehension extends Span {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
}
export interface ListComp extends Span { readonly kind: 'ListComp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface SetComp extends Span { readonly kind: 'SetComp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface GeneratorExp extends Span { readonly kind: 'GeneratorExp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface DictComp extends Span {
  readonly kind: 'DictComp';
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface Yield extends Span { readonly kind: 'Yield'; readonly value: Expr | null }
export interface YieldFrom extends Span { readonly kind: 'YieldFrom'; readonly value: Expr }
export interface NamedExpr extends Span { readonly kind: 'NamedExpr'; readonly target: Name; readonly value: Expr }

export interface Param extends Span {
  readonly name: string;
  readonly default: Expr | null;
}
/** A function's signature: `def f(a, b=1, *args, c, d=2, **kw)`; `/` markers are not in the subset. */
export interface Parameters {
  readonly args: readonly Param[];
  readonly vararg: Param | null;
  readonly kwonly: readonly Param[];
  readonly kwarg: Param | null;
}

export type Stmt =
  | ExprStmt | Assign | AugAssign | Delete | Pass | Break | Continue | If | While | For
  | FunctionDef | ClassDef | Return | Global | Nonlocal | Try | Raise | Assert | Import
  | ImportFrom;

export interface ExprStmt extends Span { readonly kind: 'Expr'; readonly value: Expr }
/** `a = b = value`: targets in source order. */
export interface Assign extends Span { readonly kind: 'Assign'; readonly targets: readonly Expr[]; readonly value: Expr }
export interface AugAssign extends Span {
  readonly kind: 'AugAssign';
  readonly target: Name | Attribute | Subscript;
  readonly op: BinaryOperator;
  readonly value: Expr;
}
export interface Delete extends Span { readonly kind: 'Delete'; readonly targets: readonly Expr[] }
export interface Pass extends Span { readonly kind: 'Pass' }
export interface Break extends Span { readonly kind: 'Break' }
export interface Continue extends Span { readonly kind: 'Continue' }
export interface If extends Span {
  readonly kind: 'If';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  /** `elif` appears as a single nested If here, as in CPython's ast */
  readonly orelse: readonly Stmt[];
}
export interface While extends Span {
  readonly kind: 'While';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface For extends Span {
  readonly kind: 'For';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface FunctionDef extends Span {
  readonly kind: 'FunctionDef';
  readonly name: string;
  readonly params: Parameters;
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}
export interface ClassDef extends Span {
  readonly kind: 'ClassDef';
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}
export interface Return extends Span { readonly kind: 'Return'; readonly value: Expr | null }
export interface Global extends Span { readonly kind: 'Global'; readonly names: readonly string[] }
export interface Nonlocal extends Span { readonly kind: 'Nonlocal'; readonly names: readonly string[] }
export interface ExceptHandler extends Span {
  /** null for a bare `except:` */
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}
export interface Try extends Span {
  readonly kind: 'Try';
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface Raise extends Span { readonly kind: 'Raise'; readonly exc: Expr | null; readonly cause: Expr | null }
export interface Assert extends Span { readonly kind: 'Assert'; readonly test: Expr; readonly msg: Expr | null }
export interface Alias extends Span { readonly name: string; readonly asname: string | null }
export interface Import extends Span { readonly kind: 'Import'; readonly names: readonly Alias[] }
export interface ImportFrom extends Span {
  readonly kind: 'ImportFrom';
  readonly module: string;
  readonly names: readonly Alias[];
}

export interface Module {
  readonly kind: 'Module';
  readonly body: readonly Stmt[];
}
