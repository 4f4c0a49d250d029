// helpers.c: the instruction helpers native code calls that differ from the interpreter's cases
// (FOR_ITER and CALL, which jump or call in the interpreter's own way), and the helper table.
// The generic bodies both tiers share are in helpers_generic.c; native fast paths live in
// translate*.c.
#include <math.h>
#include "jit/helpers.h"
#include "jit/jit.h"
#include "runtime/runtime.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/generic_ops.h"
#include "vm/ops.h"

#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define PUSH(v) (*sp++ = (v))
// Leave with the exception pending and the stack as it is now, for the interpreter to unwind.
#define FAIL()                                                                                     \
    do {                                                                                           \
        f->stacktop = (int)(sp - f->localsplus);                                                   \
        return -1;                                                                                 \
    } while (0)

// Push fn's result (a new reference), or fail.
static int
push_result(Frame *f, PyObject **sp, PyObject *r)
{
    if (r == NULL)
        FAIL();
    PUSH(r);
    return 0;
}

// ---- iteration and calls ------------------------------------------------------------------

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


// Should the interpreter make this call (a Python function, with the C stack getting deep)?
static int
leave_call_to_interpreter(PyObject *function)
{
    if (!PyFunction_Check(function) ||
        ((PyFunctionObject *)function)->vectorcall != vm_function_vectorcall)
        return 0;
    return jit_c_stack_low();
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

// ---- the table ------------------------------------------------------------------------------

const JitHelperInfo jit_helpers[JIT_HELPER_COUNT] = {
#define HELPER(name, fn, ...)                                                                      \
    {#fn, (void *)fn, {__VA_ARGS__}, (int)(sizeof((int[]){__VA_ARGS__}) / sizeof(int)) - 1},
#include "jit/helpers.def"
#undef HELPER
};
