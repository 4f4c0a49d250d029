// translate_builtin.c: calls of C builtins on numbers, natively. A call site whose callable
// was loaded by a name from the table below (math.sqrt(x), sqrt(x), abs(x)) is translated,
// when speculation is allowed there, as a guard that the callable is that very builtin (its
// method table entry, static in the module's C source) followed by the C math on the unboxed
// argument, leaving an unboxed float. PRECALL is a no-op for such a callable, so it costs
// nothing either. A failed guard, an argument that is not a number, and every result the
// interpreter would turn into an exception (a domain or range error) deoptimize at PRECALL.
#include <math.h>
#include <string.h>
#include "jit/translate.h"
#include "runtime/objects/methodobject.h"
#include "vm/builtins.h"
#include "vm/vm.h"

typedef enum {
    B_LIBM,  // a math module function of one float: its libm function, with math_1's checks
    B_SQRT,  // math.sqrt: LLVM's sqrt (correctly rounded, as libm's), negative x deoptimizes
    B_FABS,  // math.fabs
    B_ABS,   // builtins.abs of a float or a machine-word int
} BuiltinKind;

typedef struct {
    const char *module, *name;
    BuiltinKind kind;
    JitHelperId helper; // B_LIBM's function
} Builtin;

static const Builtin builtins[] = {
    {"math", "sqrt", B_SQRT, 0},
    {"math", "fabs", B_FABS, 0},
    {"math", "exp", B_LIBM, JIT_H_math_exp},
    {"math", "sin", B_LIBM, JIT_H_math_sin},
    {"math", "cos", B_LIBM, JIT_H_math_cos},
    {"math", "tan", B_LIBM, JIT_H_math_tan},
    {"math", "atan", B_LIBM, JIT_H_math_atan},
    {"builtins", "abs", B_ABS, 0},
};

// The name of the callable whose call PRECALL prepares, when instructions that load names made
// it: the last one before PRECALL that leaves the stack no higher than the callable's slot
// (LOAD_METHOD, or LOAD_GLOBAL pushing a NULL first), then any LOAD_ATTRs right after it
// (`math.sqrt` loads the module with a NULL, then the attribute); NULL otherwise.
static const char *
callable_name(Translator *t, const Instr *precall, int callable_depth)
{
    PyObject *names = t->co->co_names, *name = NULL;
    int i = precall->at - 1;
    while (i >= 0 && (t->ins[i].op < 0 || t->ins[i].depth < 0 ||
                      t->ins[i].depth > callable_depth))
        i--;
    if (i < 0)
        return NULL;
    const Instr *p = &t->ins[i];
    if (p->op == OP_LOAD_METHOD && p->depth == callable_depth)
        name = PyTuple_GET_ITEM(names, p->arg);
    else if (p->op == OP_LOAD_GLOBAL && (p->arg & 1) && p->depth == callable_depth - 1)
        name = PyTuple_GET_ITEM(names, p->arg >> 1);
    else
        return NULL;
    for (i = p->next; i < precall->at && t->ins[i].op == OP_LOAD_ATTR &&
                      t->ins[i].depth == callable_depth + 1;
         i = t->ins[i].next)
        name = PyTuple_GET_ITEM(names, t->ins[i].arg);
    const char *utf8 = PyUnicode_AsUTF8(name);
    if (utf8 == NULL)
        PyErr_Clear(); // not a name of the table's, then
    return utf8;
}

// The method table entry of builtin b as its module has it now, or NULL.
static PyMethodDef *
method_def(const Builtin *b)
{
    PyObject *module = strcmp(b->module, "builtins") == 0
                           ? vm_builtins_module()
                           : PyDict_GetItemString(vm_import_modules(), b->module);
    if (module == NULL)
        return NULL;
    PyObject *f = PyObject_GetAttrString(module, b->name);
    if (f == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyMethodDef *def = Py_IS_TYPE(f, &PyCFunction_Type) ? ((PyCFunctionObject *)f)->m_ml : NULL;
    Py_DECREF(f);
    return def;
}

// The PRECALL before `call`.
static const Instr *
precall_of(Translator *t, const Instr *call)
{
    for (int i = call->at - 1; i >= 0; i--)
        if (t->ins[i].op >= 0)
            return t->ins[i].op == OP_PRECALL && t->ins[i].next == call->at ? &t->ins[i] : NULL;
    return NULL;
}

// The builtin that PRECALL `precall` prepares a call of, with *def its table entry; NULL when
// the site is not one this file translates.
static const Builtin *
site_builtin(Translator *t, const Instr *precall, PyMethodDef **def)
{
    if (precall == NULL || precall->arg != 1 || t->kwnames != NULL || !t->speculate ||
        !jit_may_speculate(t->co, precall->at) || precall->next >= t->n ||
        t->ins[precall->next].op != OP_CALL || t->ins[precall->next].arg != 1)
        return NULL;
    int callable = precall->depth - 2;
    if (callable < 1 || vs_at(t, callable - 1)->kind != V_MEM)
        return NULL; // the NULL below the callable is in memory when a load put it there
    ValueKind arg = vs_at(t, callable + 1)->kind;
    if (arg == V_BOOL || (arg == V_CONST && jit_static_kind(t, callable + 1) == K_UNKNOWN))
        return NULL; // not a number: unboxing needs an object or a known kind
    const char *name = callable_name(t, precall, callable);
    for (size_t i = 0; name != NULL && i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(name, builtins[i].name) == 0)
            return (*def = method_def(&builtins[i])) != NULL ? &builtins[i] : NULL;
    return NULL;
}

int
jit_builtin_call_site(Translator *t, const Instr *in)
{
    PyMethodDef *def;
    if (in->op == OP_PRECALL)
        return site_builtin(t, in, &def) != NULL;
    if (in->op == OP_CALL)
        return site_builtin(t, precall_of(t, in), &def) != NULL;
    return 0;
}

int
jit_translate_builtin_precall(Translator *t, const Instr *in)
{
    if (!jit_builtin_call_site(t, in))
        return 0;
    vs_fall_through(t, in, in->depth); // a builtin function: nothing to prepare
    return 1;
}

// Branch to deopt when cond holds.
static void
deopt_when(Translator *t, LLVMValueRef cond, LLVMBasicBlockRef deopt)
{
    LLVMBasicBlockRef ok = new_block(t, "builtin.ok");
    LLVMBuildCondBr(t->b, cond, deopt, ok);
    enter(t, ok);
}

static LLVMValueRef
fcmp(Translator *t, LLVMRealPredicate p, LLVMValueRef a, LLVMValueRef b)
{
    return LLVMBuildFCmp(t->b, p, a, b, "");
}

// An LLVM intrinsic of one double.
static LLVMValueRef
intrinsic(Translator *t, const char *name, LLVMValueRef x)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(t->mod, id, &t->f64, 1);
    return LLVMBuildCall2(t->b, LLVMIntrinsicGetType(t->cx, id, &t->f64, 1), fn, &x, 1, "");
}

// f(x) with the checks of the math module's math_1: a NaN from a non-NaN, an infinity from a
// finite x are the interpreter's to raise.
static LLVMValueRef
libm_call(Translator *t, JitHelperId h, LLVMValueRef x, LLVMBasicBlockRef deopt)
{
    LLVMValueRef r = call(t, h, &x, 1);
    LLVMValueRef inf = LLVMConstReal(t->f64, INFINITY);
    LLVMValueRef nan_from_number =
        LLVMBuildAnd(t->b, fcmp(t, LLVMRealUNO, r, r), fcmp(t, LLVMRealORD, x, x), "");
    LLVMValueRef x_finite = fcmp(t, LLVMRealONE, intrinsic(t, "llvm.fabs", x), inf);
    LLVMValueRef inf_from_finite =
        LLVMBuildAnd(t->b, fcmp(t, LLVMRealOEQ, intrinsic(t, "llvm.fabs", r), inf), x_finite, "");
    deopt_when(t, LLVMBuildOr(t->b, nan_from_number, inf_from_finite, ""), deopt);
    return r;
}

// abs of the argument at d: an int stays an int (INT64_MIN deoptimizes), anything else is
// guarded to be a float.
static Value
native_abs(Translator *t, int d, LLVMBasicBlockRef deopt)
{
    if (jit_static_kind(t, d) == K_INT) {
        LLVMValueRef i = jit_unbox(t, d, K_INT, deopt);
        deopt_when(t, LLVMBuildICmp(t->b, LLVMIntEQ, i, const_i64(t, INT64_MIN), ""), deopt);
        LLVMValueRef neg = LLVMBuildICmp(t->b, LLVMIntSLT, i, const_i64(t, 0), "");
        return (Value){.kind = V_INT,
                       .v = LLVMBuildSelect(t->b, neg, LLVMBuildNeg(t->b, i, ""), i, "")};
    }
    return (Value){.kind = V_FLOAT, .v = intrinsic(t, "llvm.fabs", jit_unbox(t, d, K_FLOAT, deopt))};
}

int
jit_translate_builtin_call(Translator *t, const Instr *in)
{
    const Instr *precall = precall_of(t, in);
    PyMethodDef *def;
    const Builtin *b = site_builtin(t, precall, &def);
    if (b == NULL)
        return 0;
    int null_slot = in->depth - 3, callable = in->depth - 2, arg = in->depth - 1;
    LLVMBasicBlockRef deopt = vs_deopt_block(t, precall, JIT_GUARD_TYPES);
    LLVMValueRef nul = get_slot(t, stack_slot(t, null_slot));
    deopt_when(t, LLVMBuildIsNotNull(t->b, nul, ""), deopt);
    LLVMValueRef f = vs_object(t, callable);
    LLVMValueRef type = load(t, t->ptr, f, offsetof(PyObject, ob_type));
    deopt_when(t, LLVMBuildICmp(t->b, LLVMIntNE, type, const_ptr(t, &PyCFunction_Type), ""),
               deopt);
    LLVMValueRef ml = load(t, t->ptr, f, offsetof(PyCFunctionObject, m_ml));
    deopt_when(t, LLVMBuildICmp(t->b, LLVMIntNE, ml, const_ptr(t, def), ""), deopt);
    Value result;
    if (b->kind == B_ABS) {
        result = native_abs(t, arg, deopt);
    } else {
        LLVMValueRef x = jit_unbox(t, arg, K_NUM, deopt), r;
        if (b->kind == B_SQRT) {
            deopt_when(t, fcmp(t, LLVMRealOLT, x, LLVMConstReal(t->f64, 0.0)), deopt);
            r = intrinsic(t, "llvm.sqrt", x);
        } else if (b->kind == B_FABS) {
            r = intrinsic(t, "llvm.fabs", x);
        } else {
            r = libm_call(t, b->helper, x, deopt);
        }
        result = (Value){.kind = V_FLOAT, .v = r};
    }
    // The callable is a builtin function and the argument a number: releasing them runs no
    // Python code.
    for (int d = callable; d < in->depth; d++)
        if (vs_at(t, d)->kind == V_MEM)
            decref(t, get_slot(t, stack_slot(t, d)));
    *vs_at(t, null_slot) = result;
    vs_fall_through(t, in, null_slot + 1);
    return 1;
}
