// ops.h: the semantics of the instructions whose work does not fit in a few lines of the
// dispatch loop (ops.c, ops_exc.c, ops_import.c, ops_match.c, ops_gen.c). Both tiers call
// these, so the interpreter and the JIT cannot drift apart. Unless stated, a PyObject * result
// is a new reference or NULL with an exception set, an int result 0 or -1, and arguments are
// borrowed.
#ifndef KRAIT_VM_OPS_H
#define KRAIT_VM_OPS_H

#include "vm/frame.h"

// BINARY_OP's argument: CPython 3.11's NB_* numbering (in-place forms are +13).
enum {
    VM_NB_ADD,
    VM_NB_AND,
    VM_NB_FLOOR_DIVIDE,
    VM_NB_LSHIFT,
    VM_NB_MATRIX_MULTIPLY,
    VM_NB_MULTIPLY,
    VM_NB_REMAINDER,
    VM_NB_OR,
    VM_NB_POWER,
    VM_NB_RSHIFT,
    VM_NB_SUBTRACT,
    VM_NB_TRUE_DIVIDE,
    VM_NB_XOR,
    VM_NB_INPLACE_ADD,
    VM_NB_INPLACE_AND,
    VM_NB_INPLACE_FLOOR_DIVIDE,
    VM_NB_INPLACE_LSHIFT,
    VM_NB_INPLACE_MATRIX_MULTIPLY,
    VM_NB_INPLACE_MULTIPLY,
    VM_NB_INPLACE_REMAINDER,
    VM_NB_INPLACE_OR,
    VM_NB_INPLACE_POWER,
    VM_NB_INPLACE_RSHIFT,
    VM_NB_INPLACE_SUBTRACT,
    VM_NB_INPLACE_TRUE_DIVIDE,
    VM_NB_INPLACE_XOR,
    VM_NB_COUNT
};

// a <op> b for BINARY_OP's oparg (0 .. 25).
PyObject *vm_binary_op(int oparg, PyObject *a, PyObject *b);

// a <op> b for COMPARE_OP's oparg (Py_LT ... Py_GE), with the int and float fast paths.
PyObject *vm_compare_op(int oparg, PyObject *a, PyObject *b);

// UNPACK_SEQUENCE / UNPACK_EX: store the items of v into sp[0 .. n) from the top down (the
// first item at sp[n - 1], as the stack wants it), where n = before + after, plus one list
// for the starred target when after >= 0 (after < 0: no starred target). New references
// are stored; on error nothing is left in sp. CPython's ValueError/TypeError messages.
int vm_unpack_iterable(PyObject *v, int before, int after, PyObject **sp);

// FORMAT_VALUE: apply the conversion (0 none, 1 str, 2 repr, 3 ascii) and format() with
// spec (NULL for none). value is borrowed.
PyObject *vm_format_value(PyObject *value, int conversion, PyObject *spec);

// BUILD_STRING: the concatenation of the n str objects at pieces.
PyObject *vm_build_string(PyObject *const *pieces, Py_ssize_t n);

// GET_ITER / FOR_ITER helpers live in eval.c; LIST_EXTEND with CPython's message for a
// non-iterable ("Value after * must be an iterable, not int").
int vm_list_extend(PyObject *list, PyObject *iterable);

// DICT_UPDATE: dict.update(update) with "'T' object is not a mapping".
int vm_dict_update(PyObject *dict, PyObject *update);

// DICT_MERGE (f(**m)): merge update into dict refusing duplicate keys, with CPython's
// TypeErrors naming func ("f() got multiple values for keyword argument 'x'", "f() argument
// after ** must be a mapping, not int").
int vm_dict_merge(PyObject *func, PyObject *dict, PyObject *update);

// CALL_FUNCTION_EX: func(*callargs, **kwargs); callargs any iterable, kwargs NULL or any
// mapping (errors name func).
PyObject *vm_call_function_ex(PyObject *func, PyObject *callargs, PyObject *kwargs);

// BUILD_MAP, BUILD_SET, BUILD_CONST_KEY_MAP from n items (or n key/value pairs) at items.
PyObject *vm_build_map(PyObject *const *items, Py_ssize_t n);
PyObject *vm_build_set(PyObject *const *items, Py_ssize_t n);
PyObject *vm_build_const_key_map(PyObject *keys, PyObject *const *values, Py_ssize_t n);

// ---- names ----------------------------------------------------------------------------------

// LOAD_GLOBAL: name from globals, then builtins; NameError "name 'x' is not defined".
PyObject *vm_load_global(PyObject *globals, PyObject *builtins, PyObject *name);

// LOAD_NAME: name from locals, then globals, then builtins.
PyObject *vm_load_name(PyObject *locals, PyObject *globals, PyObject *builtins, PyObject *name);

// LOAD_CLASSDEREF: name from the class namespace locals, else the cell's content.
PyObject *vm_load_classderef(Frame *f, int oparg);

// STORE_NAME / DELETE_NAME (value NULL) in the locals namespace.
int vm_store_name(PyObject *locals, PyObject *name, PyObject *value);

// DELETE_GLOBAL: NameError if name is not a global.
int vm_delete_global(PyObject *globals, PyObject *name);

// Raise exc_type(fmt % name) with the exception's .name set (NameError and
// UnboundLocalError carry it).
void vm_name_error(PyObject *exc_type, const char *fmt, PyObject *name);

// Raise the error of reading localsplus[oparg] of co while it is unbound: UnboundLocalError
// for locals and cells, NameError for free variables.
void vm_unbound_error(PyCodeObject *co, int oparg);

// SETUP_ANNOTATIONS: make locals['__annotations__'] a dict if absent.
int vm_setup_annotations(PyObject *locals);

// LOAD_BUILD_CLASS: builtins['__build_class__'] (NameError "__build_class__ not found").
PyObject *vm_load_build_class(PyObject *builtins);

// PRINT_EXPR: show value at the interactive prompt (repr, and builtins._ = value).
int vm_print_expr(PyObject *builtins, PyObject *value);

// ---- attributes and with ----------------------------------------------------------------------

// LOAD_METHOD: *meth receives the unbound method (and 1 is returned: call it with obj
// first) or the attribute itself (0 is returned); -1 on error.
int vm_load_method(PyObject *obj, PyObject *name, PyObject **meth);

// type(o).__name__ looked up on the type, bound to o (CPython's _PyObject_LookupSpecial):
// NULL with no exception set when absent.
PyObject *vm_lookup_special(PyObject *o, const char *name);

// BEFORE_WITH: *exit receives mgr.__exit__ (bound) and the result of mgr.__enter__() is
// returned. TypeError "'T' object does not support the context manager protocol".
PyObject *vm_before_with(PyObject *mgr, PyObject **exit);

// WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__).
PyObject *vm_with_except_start(PyObject *exit, PyObject *exc);

// ---- exceptions (ops_exc.c) -------------------------------------------------------------------

// RAISE_VARARGS: raise exc (NULL: re-raise the handled exception) from cause (NULL: none;
// both stolen). Returns 1 when re-raising (the traceback is kept), 0 with the new exception
// pending (its __context__ chained to the handled one).
int vm_do_raise(VmThreadState *vs, PyObject *exc, PyObject *cause);

// CHECK_EXC_MATCH: TypeError unless right is an exception class or a tuple of them.
int vm_check_except_type_valid(PyObject *right);

// The same for `except*`, which may not name an exception group type either: 0, or -1 with
// TypeError.
int vm_check_except_star_type_valid(PyObject *right);

// ---- imports (ops_import.c) -----------------------------------------------------------------

// IMPORT_NAME: __import__(name, globals, locals, fromlist, level), going through
// builtins.__import__ when a program replaced it, else vm_import.
PyObject *vm_import_name(Frame *f, PyObject *name, PyObject *fromlist, PyObject *level);

// IMPORT_FROM: module.name, falling back to sys.modules['module.name']; ImportError
// "cannot import name 'x' from 'm' (path)" otherwise.
PyObject *vm_import_from(PyObject *module, PyObject *name);

// IMPORT_STAR: copy module's public names (__all__, else names without a leading
// underscore) into locals.
int vm_import_star(PyObject *locals, PyObject *module);

// ---- match (ops_match.c) ------------------------------------------------------------------

// MATCH_SEQUENCE / MATCH_MAPPING: whether subject's class is a sequence (list, tuple, range,
// and classes deriving from them; never str, bytes or bytearray) / a mapping (dict, ...).
int vm_match_sequence(PyObject *subject);
int vm_match_mapping(PyObject *subject);

// MATCH_KEYS: the tuple of map's values for the tuple keys, looked up with map.get (so
// __missing__ is not called), or None when one is missing; ValueError "mapping pattern
// checks duplicate key ('a')" for a key given twice.
PyObject *vm_match_keys(PyObject *map, PyObject *keys);

// MATCH_CLASS: when subject is an instance of cls, the tuple of its attributes named by
// cls.__match_args__ for nargs positional sub-patterns, then by the str tuple kwnames; None
// when it does not match. CPython's TypeErrors for a cls that is not a type, a bad or
// too short __match_args__, and an attribute matched twice.
PyObject *vm_match_class(PyObject *subject, PyObject *cls, Py_ssize_t nargs, PyObject *kwnames);

// ---- generators and coroutines (ops_gen.c) ----------------------------------------------

// Replace the pending exception with type(fmt % ...) whose __cause__ (and __context__) is the
// replaced one (CPython's _PyErr_FormatFromCause).
void vm_format_from_cause(PyObject *type, const char *fmt, ...);

// GET_YIELD_FROM_ITER: what `yield from o` delegates to in code co: o itself for a generator
// (or a coroutine, inside a coroutine), else iter(o). TypeError "cannot 'yield from' a
// coroutine object in a non-coroutine generator".
PyObject *vm_get_yield_from_iter(PyObject *o, PyCodeObject *co);

// GET_AWAITABLE: the iterator `await o` drives; `where` is 1 for what __aenter__ returned, 2
// for __aexit__'s (their TypeError names them). RuntimeError "coroutine is being awaited
// already".
PyObject *vm_get_awaitable(PyObject *o, int where);

// GET_AITER: o.__aiter__(), which must have __anext__ (CPython's 'async for' TypeErrors).
PyObject *vm_get_aiter(PyObject *o);

// GET_ANEXT: the awaitable of aiter.__anext__() (aiter stays on the stack).
PyObject *vm_get_anext(PyObject *aiter);

// BEFORE_ASYNC_WITH: *exit receives mgr.__aexit__ (bound) and mgr.__aenter__() is returned
// (an awaitable). TypeError "'T' object does not support the asynchronous context manager
// protocol".
PyObject *vm_before_async_with(PyObject *mgr, PyObject **exit);

#endif
