// The engine's bytecode: a stack machine modelled on CPython 3.11's, so that the values a
// running program holds out of sight (a `for` loop's iterator, a method's `self` during a call,
// a pending exception) sit on an evaluation stack exactly where CPython keeps them, and their
// references count the same.
export const enum Op {
  Nop,
  PopTop,
  /** copy the value `arg` deep (1 = top) onto the top */
  Copy,
  /** swap the top with the value `arg` deep */
  Swap,
  PushNull,
  LoadConst,
  LoadFast,
  StoreFast,
  DeleteFast,
  /** load a cell's contents; arg indexes the frame's locals, where cells live */
  LoadDeref,
  StoreDeref,
  DeleteDeref,
  /** push the cell object itself (to build a closure) */
  LoadClosure,
  /** class bodies: look in the class namespace first, then the cell */
  LoadClassDeref,
  LoadGlobal,
  StoreGlobal,
  DeleteGlobal,
  LoadName,
  StoreName,
  DeleteName,
  LoadAttr,
  StoreAttr,
  DeleteAttr,
  /** pushes [method, self] for a plain function found on the type, else [NULL, attribute] */
  LoadMethod,
  /** names (a const tuple) of the keyword arguments of the next Call */
  KwNames,
  /** stack: [NULL|callable, callable|self, ...args]; arg = number of args */
  Call,
  /** stack: [NULL, callable, argsTuple, kwargsDict?]; arg & 1: kwargs present */
  CallFunctionEx,
  BinaryOp,
  InplaceOp,
  UnaryOp,
  CompareOp,
  IsOp,
  ContainsOp,
  BinarySubscr,
  StoreSubscr,
  DeleteSubscr,
  BuildSlice,
  BuildList,
  BuildTuple,
  BuildSet,
  BuildMap,
  /** stack: [..., dict, keys_tuple, v1..vn]: a dict display with constant keys */
  BuildConstKeyMap,
  ListAppend,
  SetAdd,
  MapAdd,
  ListExtend,
  SetUpdate,
  DictUpdate,
  DictMerge,
  ListToTuple,
  BuildString,
  /** arg: 0 plain, 1 str, 2 repr, 3 ascii; +4 when a format spec is on the stack */
  FormatValue,
  UnpackSequence,
  /** arg = before | (after << 8) */
  UnpackEx,
  GetIter,
  /** on exhaustion pop the iterator and jump to arg */
  ForIter,
  Jump,
  PopJumpIfFalse,
  PopJumpIfTrue,
  JumpIfFalseOrPop,
  JumpIfTrueOrPop,
  ReturnValue,
  /** arg flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple; code object on top */
  MakeFunction,
  LoadBuildClass,
  YieldValue,
  /** `yield from`: stack [..., subiterator, value-to-send] */
  Send,
  GetYieldFromIter,
  ReturnGenerator,
  /** arg 0: re-raise current; 1: raise top; 2: raise with cause */
  RaiseVarargs,
  Reraise,
  /** push an exception handler block: arg = handler address */
  SetupFinally,
  /** like SetupFinally, but the handler also restores the previously handled exception */
  SetupCleanup,
  PopBlock,
  PushExcInfo,
  PopExcept,
  CheckExcMatch,
  ImportName,
  ImportFrom,
  LoadAssertionError,
  /** converts the top exception for `except` clauses: nothing here; kept for symmetry */
  GetLen,
}

export const OP_NAMES: readonly string[] = [
  'NOP', 'POP_TOP', 'COPY', 'SWAP', 'PUSH_NULL', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST',
  'DELETE_FAST', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF',
  'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
  'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'KW_NAMES', 'CALL',
  'CALL_FUNCTION_EX', 'BINARY_OP', 'INPLACE_OP', 'UNARY_OP', 'COMPARE_OP', 'IS_OP',
  'CONTAINS_OP', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BUILD_SLICE', 'BUILD_LIST',
  'BUILD_TUPLE', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'LIST_APPEND', 'SET_ADD',
  'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE', 'LIST_TO_TUPLE',
  'BUILD_STRING', 'FORMAT_VALUE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'GET_ITER', 'FOR_ITER', 'JUMP',
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
  'RETURN_VALUE', 'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'YIELD_VALUE', 'SEND',
  'GET_YIELD_FROM_ITER', 'RETURN_GENERATOR', 'RAISE_VARARGS', 'RERAISE', 'SETUP_FINALLY',
  'SETUP_CLEANUP', 'POP_BLOCK', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'IMPORT_NAME',
  'IMPORT_FROM', 'LOAD_ASSERTION_ERROR', 'GET_LEN',
];
