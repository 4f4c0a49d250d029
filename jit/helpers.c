// helpers.c: the generic instruction bodies native code calls (helpers.h). Each mirrors its
// eval.c case over the frame's value stack in memory and gets its semantics from the same
// vm/ops.c and runtime functions, so the tiers cannot drift; only the stack bookkeeping is
// repeated here. Native fast paths live in translate.c.
#include <math.h>
#include "jit/helpers.h"
#include "jit/jit.h"
#include "runtime/runtime.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/ops.h"

#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define NAME(i) PyTuple_GET_ITEM(f->code->co_names, (i))
#define LOCAL(i) (f->localsplus[i])
// Leave with the exception pending and the stack as it is now, for the interpreter to unwind.
#define FAIL()                                                                                     \
    do {                                                                                           \
        f->stacktop = (int)(sp - f->localsplus);                                                   \
        return -1;                                                                                 \
    } while (0)

// TOS = fn(TOS), releasing the old TOS.
static int
unary(Frame *f, PyObject **sp, PyObject *(*fn)(PyObject *))
{
    PyObject *v = TOP();
    PyObject *r = fn(v);
    Py_DECREF(v);
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

// The container arg deep (below TOS) receives TOS through fn, which releases nothing.
static int
add_to(Frame *f, PyObject **sp, int oparg, int (*fn)(PyObject *, PyObject *))
{
    PyObject *v = POP();
    int err = fn(PEEK(oparg), v);
    Py_DECREF(v);
    if (err < 0)
        FAIL();
    return 0;
}

// Push fn's result (a new reference), or fail.
static int
push_result(Frame *f, PyObject **sp, PyObject *r)
{
    if (r == NULL)
        FAIL();
    PUSH(r);
    return 0;
}

// Release the n values below sp; the new sp.
static PyObject **
release_n(PyObject **sp, int n)
{
    while (--n >= 0)
        Py_DECREF(*--sp);
    return sp;
}

// ---- operators ----------------------------------------------------------------------------

int
jit_op_unary_positive(Frame *f, PyObject **sp, int oparg)
{
    return unary(f, sp, PyNumber_Positive);
}

int
jit_op_unary_negative(Frame *f, PyObject **sp, int oparg)
{
    return unary(f, sp, PyNumber_Negative);
}

int
jit_op_unary_invert(Frame *f, PyObject **sp, int oparg)
{
    return unary(f, sp, PyNumber_Invert);
}

int
jit_op_unary_not(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = TOP();
    int truth = PyObject_IsTrue(v);
    Py_DECREF(v);
    if (truth < 0) {
        sp--;
        FAIL();
    }
    SET_TOP(truth ? Py_False : Py_True);
    return 0;
}

// TOS = op(oparg, TOS1, TOS), releasing both.
static int
binary(Frame *f, PyObject **sp, int oparg, PyObject *(*op)(int, PyObject *, PyObject *))
{
    PyObject *rhs = POP(), *lhs = TOP();
    PyObject *r = op(oparg, lhs, rhs);
    Py_DECREF(lhs);
    Py_DECREF(rhs);
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

int
jit_op_binary_op(Frame *f, PyObject **sp, int oparg)
{
    return binary(f, sp, oparg, vm_binary_op);
}

int
jit_op_compare_op(Frame *f, PyObject **sp, int oparg)
{
    return binary(f, sp, oparg, vm_compare_op);
}

int
jit_op_contains_op(Frame *f, PyObject **sp, int oparg)
{
    PyObject *right = POP(), *left = POP();
    int found = PySequence_Contains(right, left);
    Py_DECREF(left);
    Py_DECREF(right);
    if (found < 0)
        FAIL();
    PUSH((found ^ oparg) ? Py_True : Py_False);
    return 0;
}

int
jit_op_binary_subscr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *sub = POP(), *container = TOP();
    PyObject *r = PyObject_GetItem(container, sub);
    Py_DECREF(container);
    Py_DECREF(sub);
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

int
jit_op_store_subscr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *sub = TOP(), *container = SECOND(), *v = THIRD();
    sp -= 3;
    int err = PyObject_SetItem(container, sub, v);
    Py_DECREF(v);
    Py_DECREF(container);
    Py_DECREF(sub);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_delete_subscr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *sub = TOP(), *container = SECOND();
    sp -= 2;
    int err = PyObject_DelItem(container, sub);
    Py_DECREF(container);
    Py_DECREF(sub);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_get_len(Frame *f, PyObject **sp, int oparg)
{
    Py_ssize_t n = PyObject_Length(TOP());
    if (n < 0)
        FAIL();
    return push_result(f, sp, PyLong_FromSsize_t(n));
}

// ---- match ----------------------------------------------------------------------------------

int
jit_op_match_sequence(Frame *f, PyObject **sp, int oparg)
{
    PyObject *match = vm_match_sequence(TOP()) ? Py_True : Py_False;
    PUSH(match);
    return 0;
}

int
jit_op_match_mapping(Frame *f, PyObject **sp, int oparg)
{
    PyObject *match = vm_match_mapping(TOP()) ? Py_True : Py_False;
    PUSH(match);
    return 0;
}

int
jit_op_match_keys(Frame *f, PyObject **sp, int oparg)
{
    return push_result(f, sp, vm_match_keys(SECOND(), TOP()));
}

int
jit_op_match_class(Frame *f, PyObject **sp, int oparg)
{
    PyObject *names = POP(), *cls = POP(), *subject = TOP();
    PyObject *attrs = vm_match_class(subject, cls, oparg, names);
    Py_DECREF(names);
    Py_DECREF(cls);
    if (attrs == NULL)
        FAIL();
    SET_TOP(attrs);
    Py_DECREF(subject);
    return 0;
}

// ---- names --------------------------------------------------------------------------------

int
jit_op_load_global(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = vm_load_global(f->globals, f->builtins, NAME(oparg >> 1));
    if (v == NULL)
        FAIL();
    if (oparg & 1)
        PUSH(NULL);
    PUSH(v);
    return 0;
}

int
jit_op_store_global(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = POP();
    int err = PyDict_SetItem(f->globals, NAME(oparg), v);
    Py_DECREF(v);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_delete_global(Frame *f, PyObject **sp, int oparg)
{
    if (vm_delete_global(f->globals, NAME(oparg)) < 0)
        FAIL();
    return 0;
}

int
jit_op_load_name(Frame *f, PyObject **sp, int oparg)
{
    return push_result(f, sp, vm_load_name(f->locals, f->globals, f->builtins, NAME(oparg)));
}

int
jit_op_store_name(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = POP();
    int err = vm_store_name(f->locals, NAME(oparg), v);
    Py_DECREF(v);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_delete_name(Frame *f, PyObject **sp, int oparg)
{
    if (vm_store_name(f->locals, NAME(oparg), NULL) < 0)
        FAIL();
    return 0;
}

int
jit_op_delete_fast(Frame *f, PyObject **sp, int oparg)
{
    PyObject *old = LOCAL(oparg);
    if (old == NULL) {
        vm_unbound_error(f->code, oparg);
        FAIL();
    }
    LOCAL(oparg) = NULL;
    Py_DECREF(old);
    return 0;
}

int
jit_op_make_cell(Frame *f, PyObject **sp, int oparg)
{
    PyObject *cell = PyCell_New(LOCAL(oparg));
    if (cell == NULL)
        FAIL();
    PyObject *old = LOCAL(oparg);
    LOCAL(oparg) = cell;
    Py_XDECREF(old);
    return 0;
}

int
jit_op_load_closure(Frame *f, PyObject **sp, int oparg)
{
    PyObject *cell = LOCAL(oparg);
    if (cell == NULL) {
        vm_unbound_error(f->code, oparg);
        FAIL();
    }
    PUSH(Py_NewRef(cell));
    return 0;
}

int
jit_op_load_deref(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = PyCell_GET(LOCAL(oparg));
    if (v == NULL) {
        vm_unbound_error(f->code, oparg);
        FAIL();
    }
    PUSH(Py_NewRef(v));
    return 0;
}

int
jit_op_store_deref(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = POP();
    PyObject *cell = LOCAL(oparg);
    PyObject *old = PyCell_GET(cell);
    PyCell_SET(cell, v);
    Py_XDECREF(old);
    return 0;
}

int
jit_op_delete_deref(Frame *f, PyObject **sp, int oparg)
{
    PyObject *cell = LOCAL(oparg);
    PyObject *old = PyCell_GET(cell);
    if (old == NULL) {
        vm_unbound_error(f->code, oparg);
        FAIL();
    }
    PyCell_SET(cell, NULL);
    Py_DECREF(old);
    return 0;
}

int
jit_op_load_classderef(Frame *f, PyObject **sp, int oparg)
{
    return push_result(f, sp, vm_load_classderef(f, oparg));
}

int
jit_op_copy_free_vars(Frame *f, PyObject **sp, int oparg)
{
    PyObject *closure = f->func != NULL ? PyFunction_GET_CLOSURE(f->func) : NULL;
    if (closure == NULL || PyTuple_GET_SIZE(closure) != oparg) {
        PyErr_SetString(PyExc_SystemError, "closure does not match the code's free variables");
        FAIL();
    }
    int offset = f->code->co_nlocalsplus - oparg;
    for (int i = 0; i < oparg; i++)
        f->localsplus[offset + i] = Py_NewRef(PyTuple_GET_ITEM(closure, i));
    return 0;
}

// ---- attributes -----------------------------------------------------------------------------

int
jit_op_load_attr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *owner = TOP();
    PyObject *r = PyObject_GetAttr(owner, NAME(oparg));
    Py_DECREF(owner);
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

int
jit_op_store_attr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *owner = TOP(), *v = SECOND();
    sp -= 2;
    int err = PyObject_SetAttr(owner, NAME(oparg), v);
    Py_DECREF(v);
    Py_DECREF(owner);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_delete_attr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *owner = POP();
    int err = PyObject_SetAttr(owner, NAME(oparg), NULL);
    Py_DECREF(owner);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_load_method(Frame *f, PyObject **sp, int oparg)
{
    PyObject *obj = TOP();
    PyObject *meth;
    int unbound = vm_load_method(obj, NAME(oparg), &meth);
    if (unbound < 0)
        FAIL();
    if (unbound) {
        SET_TOP(meth); // [meth, self]: CALL passes obj as the first argument
        PUSH(obj);
    } else {
        SET_TOP(NULL); // [NULL, attr]
        Py_DECREF(obj);
        PUSH(meth);
    }
    return 0;
}

// ---- building -------------------------------------------------------------------------------

int
jit_op_build_tuple(Frame *f, PyObject **sp, int oparg)
{
    PyObject *t = rt_tuple_from_array_steal(sp - oparg, oparg);
    sp -= oparg;
    return push_result(f, sp, t);
}

int
jit_op_build_list(Frame *f, PyObject **sp, int oparg)
{
    PyObject *list = PyList_New(oparg);
    if (list == NULL)
        FAIL();
    while (--oparg >= 0)
        PyList_SET_ITEM(list, oparg, POP());
    PUSH(list);
    return 0;
}

// Replace the n inputs below sp by made (a new reference built from them), or fail.
static int
replace_inputs(Frame *f, PyObject **sp, int n, PyObject *made)
{
    if (made == NULL)
        FAIL();
    sp = release_n(sp, n);
    PUSH(made);
    return 0;
}

int
jit_op_build_set(Frame *f, PyObject **sp, int oparg)
{
    return replace_inputs(f, sp, oparg, vm_build_set(sp - oparg, oparg));
}

int
jit_op_build_map(Frame *f, PyObject **sp, int oparg)
{
    return replace_inputs(f, sp, 2 * oparg, vm_build_map(sp - 2 * oparg, oparg));
}

int
jit_op_build_const_key_map(Frame *f, PyObject **sp, int oparg)
{
    return replace_inputs(f, sp, oparg + 1, vm_build_const_key_map(TOP(), sp - 1 - oparg, oparg));
}

int
jit_op_build_string(Frame *f, PyObject **sp, int oparg)
{
    return replace_inputs(f, sp, oparg, vm_build_string(sp - oparg, oparg));
}

int
jit_op_build_slice(Frame *f, PyObject **sp, int oparg)
{
    PyObject *step = oparg == 3 ? POP() : NULL;
    PyObject *stop = POP(), *start = TOP();
    PyObject *slice = PySlice_New(start, stop, step);
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_XDECREF(step);
    SET_TOP(slice);
    if (slice == NULL)
        FAIL();
    return 0;
}

int
jit_op_format_value(Frame *f, PyObject **sp, int oparg)
{
    PyObject *spec = (oparg & 4) ? POP() : NULL;
    PyObject *value = POP();
    PyObject *r = vm_format_value(value, oparg & 3, spec);
    Py_DECREF(value);
    Py_XDECREF(spec);
    return push_result(f, sp, r);
}

int
jit_op_list_append(Frame *f, PyObject **sp, int oparg)
{
    return add_to(f, sp, oparg, PyList_Append);
}

int
jit_op_set_add(Frame *f, PyObject **sp, int oparg)
{
    return add_to(f, sp, oparg, PySet_Add);
}

int
jit_op_list_extend(Frame *f, PyObject **sp, int oparg)
{
    return add_to(f, sp, oparg, vm_list_extend);
}

int
jit_op_set_update(Frame *f, PyObject **sp, int oparg)
{
    return add_to(f, sp, oparg, rt_set_update);
}

int
jit_op_dict_update(Frame *f, PyObject **sp, int oparg)
{
    return add_to(f, sp, oparg, vm_dict_update);
}

int
jit_op_map_add(Frame *f, PyObject **sp, int oparg)
{
    PyObject *value = POP(), *key = POP();
    int err = PyDict_SetItem(PEEK(oparg), key, value);
    Py_DECREF(key);
    Py_DECREF(value);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_dict_merge(Frame *f, PyObject **sp, int oparg)
{
    PyObject *update = POP();
    int err = vm_dict_merge(PEEK(2 + oparg), PEEK(oparg), update);
    Py_DECREF(update);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_list_to_tuple(Frame *f, PyObject **sp, int oparg)
{
    return unary(f, sp, PyList_AsTuple);
}

int
jit_op_unpack_sequence(Frame *f, PyObject **sp, int oparg)
{
    PyObject *seq = POP();
    PyObject **items = NULL;
    if (PyTuple_CheckExact(seq) && PyTuple_GET_SIZE(seq) == oparg)
        items = ((PyTupleObject *)seq)->ob_item;
    else if (PyList_CheckExact(seq) && PyList_GET_SIZE(seq) == oparg)
        items = ((PyListObject *)seq)->ob_item;
    if (items != NULL) {
        for (int i = oparg; --i >= 0;)
            PUSH(Py_NewRef(items[i]));
    } else if (vm_unpack_iterable(seq, oparg, -1, sp) < 0) {
        Py_DECREF(seq);
        FAIL();
    }
    Py_DECREF(seq);
    return 0;
}

int
jit_op_unpack_ex(Frame *f, PyObject **sp, int oparg)
{
    PyObject *seq = POP();
    int err = vm_unpack_iterable(seq, oparg & 0xFF, oparg >> 8, sp);
    Py_DECREF(seq);
    if (err < 0)
        FAIL();
    return 0;
}

// ---- iteration, functions, calls -----------------------------------------------------------

int
jit_op_get_iter(Frame *f, PyObject **sp, int oparg)
{
    return unary(f, sp, PyObject_GetIter);
}

int
jit_op_for_iter(Frame *f, PyObject **sp, int oparg)
{
    PyObject *it = TOP();
    PyObject *next = Py_TYPE(it)->tp_iternext(it);
    if (next != NULL) {
        PUSH(next);
        return 1;
    }
    if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration))
            FAIL();
        PyErr_Clear();
    }
    sp--;
    Py_DECREF(it);
    return 0;
}

int
jit_op_make_function(Frame *f, PyObject **sp, int oparg)
{
    PyObject *code = POP();
    PyObject *func = rt_function_new(code, f->globals, f->builtins, NULL);
    Py_DECREF(code);
    if (func == NULL)
        FAIL();
    PyFunctionObject *fn = (PyFunctionObject *)func;
    if (oparg & 8)
        fn->func_closure = POP();
    if (oparg & 4)
        fn->func_annotations = POP();
    if (oparg & 2)
        fn->func_kwdefaults = POP();
    if (oparg & 1)
        fn->func_defaults = POP();
    PUSH(func);
    return 0;
}

// Move a bound method's function and instance into the call's [callable, self] slots.
static void
unpack_bound_method(PyObject **callable_slot)
{
    PyObject *m = callable_slot[0];
    callable_slot[-1] = Py_NewRef(PyMethod_GET_FUNCTION(m));
    callable_slot[0] = Py_NewRef(PyMethod_GET_SELF(m));
    Py_DECREF(m);
}

int
jit_op_precall(Frame *f, PyObject **sp, int oparg)
{
    if (PEEK(oparg + 2) == NULL && PyMethod_Check(PEEK(oparg + 1)))
        unpack_bound_method(&PEEK(oparg + 1));
    return 0;
}

// Native code calls Python functions through a nested eval call, which costs C stack that
// the interpreter's own calls do not; past this much of the stack the interpreter makes the
// call instead, so deep recursion reaches the recursion limit, not the end of the C stack.
#define NATIVE_CALL_STACK_RESERVE ((size_t)2 * 1024 * 1024)

// Should the interpreter make this call (a Python function, with the C stack getting deep)?
static int
leave_call_to_interpreter(PyObject *function)
{
    if (!PyFunction_Check(function) ||
        ((PyFunctionObject *)function)->vectorcall != vm_function_vectorcall)
        return 0;
    char *here = __builtin_frame_address(0);
    return here < rt_tstate()->c_stack_limit + NATIVE_CALL_STACK_RESERVE;
}

int
jit_op_call(Frame *f, PyObject **sp, int oparg, PyObject *kwnames)
{
    if (PEEK(oparg + 2) == NULL && PyMethod_Check(PEEK(oparg + 1)))
        unpack_bound_method(&PEEK(oparg + 1));
    int is_meth = PEEK(oparg + 2) != NULL;
    int total_args = oparg + is_meth;
    PyObject *function = PEEK(total_args + 1);
    if (leave_call_to_interpreter(function))
        return 1;
    Py_ssize_t positional = total_args - (kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames));
    // Python functions too go through their vectorcall, which runs them (natively if they
    // are compiled) in a nested eval call.
    PyObject *r = rt_call_vector(function, sp - total_args,
                                 (size_t)positional | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
    Py_DECREF(function);
    sp -= total_args;
    for (int i = 0; i < total_args; i++)
        Py_DECREF(sp[i]);
    sp -= 2 - is_meth;
    return push_result(f, sp, r);
}

int
jit_op_call_function_ex(Frame *f, PyObject **sp, int oparg)
{
    PyObject *kwargs = (oparg & 1) ? POP() : NULL;
    PyObject *callargs = POP(), *func = TOP();
    PyObject *r = vm_call_function_ex(func, callargs, kwargs);
    Py_DECREF(callargs);
    Py_XDECREF(kwargs);
    Py_DECREF(func);
    sp--; // the NULL below the callable takes the result
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

// ---- exceptions and with ----------------------------------------------------------------------

int
jit_op_push_exc_info(Frame *f, PyObject **sp, int oparg)
{
    PyObject *value = TOP();
    RtExcStackItem *exc_info = rt_tstate()->exc_info;
    // The stack's reference to value moves to exc_info; the copy pushed is a new one.
    SET_TOP(exc_info->exc_value != NULL ? exc_info->exc_value : Py_NewRef(Py_None));
    PUSH(Py_NewRef(value));
    exc_info->exc_value = value;
    return 0;
}

int
jit_op_pop_except(Frame *f, PyObject **sp, int oparg)
{
    RtExcStackItem *exc_info = rt_tstate()->exc_info;
    PyObject *value = exc_info->exc_value;
    exc_info->exc_value = POP();
    Py_XDECREF(value);
    return 0;
}

int
jit_op_check_exc_match(Frame *f, PyObject **sp, int oparg)
{
    PyObject *right = POP(), *left = TOP();
    if (vm_check_except_type_valid(right) < 0) {
        Py_DECREF(right);
        FAIL();
    }
    int match = PyErr_GivenExceptionMatches(left, right);
    Py_DECREF(right);
    PUSH(match ? Py_True : Py_False);
    return 0;
}

int
jit_op_before_with(Frame *f, PyObject **sp, int oparg)
{
    PyObject *mgr = TOP();
    PyObject *exit = NULL;
    PyObject *r = vm_before_with(mgr, &exit);
    if (r == NULL)
        FAIL();
    SET_TOP(exit);
    Py_DECREF(mgr);
    PUSH(r);
    return 0;
}

int
jit_op_with_except_start(Frame *f, PyObject **sp, int oparg)
{
    // Stack: __exit__, lasti, previous exception, exception.
    return push_result(f, sp, vm_with_except_start(PEEK(4), TOP()));
}

// ---- modules and classes ------------------------------------------------------------------------

int
jit_op_import_name(Frame *f, PyObject **sp, int oparg)
{
    PyObject *fromlist = POP(), *level = TOP();
    PyObject *r = vm_import_name(f, NAME(oparg), fromlist, level);
    Py_DECREF(level);
    Py_DECREF(fromlist);
    SET_TOP(r);
    if (r == NULL)
        FAIL();
    return 0;
}

int
jit_op_import_from(Frame *f, PyObject **sp, int oparg)
{
    return push_result(f, sp, vm_import_from(TOP(), NAME(oparg)));
}

int
jit_op_import_star(Frame *f, PyObject **sp, int oparg)
{
    PyObject *module = POP();
    int err = vm_import_star(f->locals, module);
    Py_DECREF(module);
    if (err < 0)
        FAIL();
    return 0;
}

int
jit_op_load_build_class(Frame *f, PyObject **sp, int oparg)
{
    return push_result(f, sp, vm_load_build_class(f->builtins));
}

int
jit_op_setup_annotations(Frame *f, PyObject **sp, int oparg)
{
    if (vm_setup_annotations(f->locals) < 0)
        FAIL();
    return 0;
}

int
jit_op_print_expr(Frame *f, PyObject **sp, int oparg)
{
    PyObject *v = POP();
    int err = vm_print_expr(f->builtins, v);
    Py_DECREF(v);
    if (err < 0)
        FAIL();
    return 0;
}

// ---- the table ------------------------------------------------------------------------------

const JitHelperInfo jit_helpers[JIT_HELPER_COUNT] = {
#define HELPER(name, fn, ...)                                                                      \
    {#fn, (void *)fn, {__VA_ARGS__}, (int)(sizeof((int[]){__VA_ARGS__}) / sizeof(int)) - 1},
#include "jit/helpers.def"
#undef HELPER
};
