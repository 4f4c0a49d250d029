// specialize.c: the decisions of the specializing interpreter: which specialized form (listed in
// opcodes.def) an adaptive instruction becomes for the operands it sees, what its inline
// cache must remember to guard it, backoff and deoptimization, and the `-X stats` report.
// The forms' bodies are in eval.c; the read-only view the JIT uses is profile.c.
#include <stdlib.h>
#include <string.h>
#include "runtime/objects/func.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "vm/call.h"
#include "vm/dis.h"
#include "vm/ops.h"
#include "vm/specialize.h"
#include "vm/vm.h"

VmSpecStats vm_spec_stats[256];
int vm_spec_stats_enabled;
int vm_spec_report_dis;

// ---- rewriting ------------------------------------------------------------------------------

static inline int
backoff_of(PyCodeUnit counter)
{
    return counter & 15;
}

// Write the specialized opcode op over the family instruction at instr (its argument stays)
// and give it a full miss budget.
static void
specialize(PyCodeUnit *instr, int op)
{
    int family = vm_opcode_deopt(op);
    int b = backoff_of(instr[1]);
    *instr = (PyCodeUnit)((*instr & 0xFF00) | op);
    instr[1] = (PyCodeUnit)((VM_SPEC_MISS_BUDGET << 4) | b);
    vm_spec_stats[family].successes++;
}

// Nothing to specialize for now: wait longer before the next attempt.
static void
fail(PyCodeUnit *instr)
{
    int b = backoff_of(instr[1]);
    if (b < VM_SPEC_MAX_BACKOFF)
        b++;
    instr[1] = (PyCodeUnit)b;
    vm_spec_stats[rt_code_unit_op(*instr)].failures++;
}

void
vm_specialize_miss(PyCodeUnit *instr)
{
    int family = vm_opcode_deopt(rt_code_unit_op(*instr));
    vm_spec_stats[family].misses++;
    unsigned budget = instr[1] >> 4;
    if (budget > 1) {
        instr[1] = (PyCodeUnit)(((budget - 1) << 4) | (unsigned)backoff_of(instr[1]));
        return;
    }
    vm_spec_stats[family].deopts++;
    *instr = (PyCodeUnit)((*instr & 0xFF00) | family);
    int b = backoff_of(instr[1]);
    instr[1] = (PyCodeUnit)(b < VM_SPEC_MAX_BACKOFF ? b + 1 : b);
}

// ---- attributes -------------------------------------------------------------------------------

// The entry number of name in a class's shared keys, or -1.
static Py_ssize_t
shared_keys_index(RtDictKeys *k, PyObject *name)
{
    RtDictEntry *ep = dk_entries(k);
    for (Py_ssize_t i = 0; i < k->nentries; i++)
        if (ep[i].key == name)
            return i;
    return -1;
}

// True if a class attribute found on the type (NULL: none) lets the instance dict decide.
static int
dict_wins_over(PyObject *descr)
{
    return descr == NULL || Py_TYPE(descr)->tp_descr_set == NULL;
}

// The entry of name in an instance's split dict when t gives split dicts, or -1.
static Py_ssize_t
instance_value_index(PyTypeObject *t, PyObject *name)
{
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) || t->tp_dictoffset <= 0)
        return -1;
    RtDictKeys *shared = ((PyHeapTypeObject *)t)->ht_cached_keys;
    if (shared == NULL)
        return -1;
    Py_ssize_t ix = shared_keys_index(shared, name);
    return ix <= 0xFFFF ? ix : -1;
}

// The offset of the __slots__ member name of t (a member descriptor found on t), or -1.
static Py_ssize_t
slot_offset(PyObject *descr)
{
    if (descr == NULL || !Py_IS_TYPE(descr, &PyMemberDescr_Type))
        return -1;
    PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
    if (m->type != T_OBJECT_EX || (m->flags & READONLY) || m->offset > 0xFFFF)
        return -1;
    return m->offset;
}

PyObject **
vm_spec_instance_value_slot(PyObject *owner, PyObject *name, Py_ssize_t ix)
{
    PyTypeObject *t = Py_TYPE(owner);
    if (t->tp_getattro != PyObject_GenericGetAttr || !PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) ||
        t->tp_dictoffset <= 0)
        return NULL;
    RtDictKeys *shared = ((PyHeapTypeObject *)t)->ht_cached_keys;
    PyDictObject *dict = *(PyDictObject **)((char *)owner + t->tp_dictoffset);
    if (shared == NULL || dict == NULL || dict->ma_keys != shared || dict->ma_values == NULL ||
        ix >= dict->ma_used || dk_entries(shared)[ix].key != name ||
        !dict_wins_over(rt_type_lookup(t, name)))
        return NULL;
    return &dict->ma_values[ix];
}

PyObject **
vm_spec_member_slot(PyObject *owner, PyObject *name, Py_ssize_t offset, int store)
{
    PyTypeObject *t = Py_TYPE(owner);
    if (store ? t->tp_setattro != PyObject_GenericSetAttr
              : t->tp_getattro != PyObject_GenericGetAttr)
        return NULL;
    if (slot_offset(rt_type_lookup(t, name)) != offset)
        return NULL;
    return (PyObject **)((char *)owner + offset);
}

// The entry of name in module owner's dict with the dict's keys version in *version, or -1
// when a module attribute load cannot be cached (the name is missing, or module's type has an
// attribute of that name, which getattr would find first).
static Py_ssize_t
module_attr_index(PyObject *owner, PyObject *name, uint32_t *version)
{
    PyObject *dict = ((PyModuleObject *)owner)->md_dict;
    if (dict == NULL || !PyDict_CheckExact(dict) || ((PyDictObject *)dict)->ma_values != NULL ||
        !PyUnicode_CheckExact(name) || rt_type_lookup(&PyModule_Type, name) != NULL)
        return -1;
    PyObject *value;
    Py_ssize_t ix = rt_dict_table_lookup((PyDictObject *)dict, name, rt_str_hash(name), &value);
    *version = rt_dict_keys_version(dict);
    if (ix < 0 || ix > 0xFFFF || value == NULL || *version == 0)
        return -1;
    return ix;
}

static int
specialize_module_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    uint32_t version;
    Py_ssize_t ix = module_attr_index(owner, name, &version);
    if (ix < 0)
        return 0;
    vm_cache_write32(instr + 2, version);
    instr[4] = (PyCodeUnit)ix;
    specialize(instr, OP_LOAD_ATTR_MODULE);
    return 1;
}

#define SPEC_OBJECTS_MAX 0x10000

PyObject *vm_spec_objects[SPEC_OBJECTS_MAX];
static int n_spec_objects;

// The number of o in vm_spec_objects (appended if not among the last few), or -1 when full.
static int
object_number(PyObject *o)
{
    for (int i = n_spec_objects - 1; i >= 0 && i >= n_spec_objects - 64; i--)
        if (vm_spec_objects[i] == o)
            return i;
    if (n_spec_objects == SPEC_OBJECTS_MAX)
        return -1;
    vm_spec_objects[n_spec_objects] = o;
    return n_spec_objects++;
}

// C.name on a class with the plain metaclass, found on C as something without __get__ or as
// a function (whose __get__(None, C) is itself): LOAD_ATTR_CLASS.
static int
specialize_class_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    PyTypeObject *cls = (PyTypeObject *)owner;
    if (!PyType_CheckExact(owner) || cls->tp_version_tag == 0 || !PyUnicode_CheckExact(name) ||
        rt_type_lookup(&PyType_Type, name) != NULL)
        return 0;
    PyObject *descr = rt_type_lookup(cls, name);
    int n;
    if (descr == NULL || (!PyFunction_Check(descr) && Py_TYPE(descr)->tp_descr_get != NULL) ||
        (n = object_number(descr)) < 0)
        return 0;
    vm_cache_write32(instr + 2, cls->tp_version_tag);
    instr[4] = (PyCodeUnit)n;
    specialize(instr, OP_LOAD_ATTR_CLASS);
    return 1;
}

// obj.name where the class has a property whose getter is a simple Python function.
static int
specialize_property(PyTypeObject *t, PyObject *descr, PyCodeUnit *instr)
{
    int n;
    if (descr == NULL || !Py_IS_TYPE(descr, &PyProperty_Type) ||
        ((PropertyObject *)descr)->prop_get == NULL ||
        !vm_spec_is_simple_function(((PropertyObject *)descr)->prop_get, 1) ||
        (n = object_number(descr)) < 0)
        return 0;
    vm_cache_write32(instr + 2, t->tp_version_tag);
    instr[4] = (PyCodeUnit)n;
    specialize(instr, OP_LOAD_ATTR_PROPERTY);
    return 1;
}

// An attribute of an instance of t found in a slot (descr, the class's attribute, is a member
// descriptor) or at a fixed index of its split dict (when no data descriptor wins over the
// dict): specialize to slot_op or value_op behind t's version and return 1, else 0.
static int
specialize_instance_attr(PyTypeObject *t, PyObject *name, PyObject *descr, PyCodeUnit *instr,
                         int slot_op, int value_op)
{
    Py_ssize_t offset = slot_offset(descr);
    Py_ssize_t ix = offset >= 0 ? -1 : instance_value_index(t, name);
    if (offset < 0 && (ix < 0 || !dict_wins_over(descr)))
        return 0;
    vm_cache_write32(instr + 2, t->tp_version_tag);
    instr[4] = (PyCodeUnit)(offset >= 0 ? offset : ix);
    specialize(instr, offset >= 0 ? slot_op : value_op);
    return 1;
}

void
vm_specialize_load_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    PyTypeObject *t = Py_TYPE(owner);
    if (PyModule_CheckExact(owner)) {
        if (!specialize_module_attr(owner, instr, name))
            fail(instr);
        return;
    }
    if (PyType_Check(owner)) {
        if (!specialize_class_attr(owner, instr, name))
            fail(instr);
        return;
    }
    if (t->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name) ||
        t->tp_version_tag == 0) {
        fail(instr);
        return;
    }
    PyObject *descr = rt_type_lookup(t, name);
    if (!specialize_instance_attr(t, name, descr, instr, OP_LOAD_ATTR_SLOT,
                                  OP_LOAD_ATTR_INSTANCE_VALUE) &&
        !specialize_property(t, descr, instr))
        fail(instr);
}

void
vm_specialize_store_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    PyTypeObject *t = Py_TYPE(owner);
    if (t->tp_setattro != PyObject_GenericSetAttr || !PyUnicode_CheckExact(name) ||
        t->tp_version_tag == 0) {
        fail(instr);
        return;
    }
    if (!specialize_instance_attr(t, name, rt_type_lookup(t, name), instr, OP_STORE_ATTR_SLOT,
                                  OP_STORE_ATTR_INSTANCE_VALUE))
        fail(instr);
}

// A function or method descriptor: what LOAD_METHOD may push unbound (as
// rt_object_get_method decides).
static int
is_method(PyObject *descr)
{
    return descr != NULL && PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR);
}

// C.name on a class with the plain metaclass `type`, found on C as something without __get__
// or as a function (whose __get__(None, C) is itself).
static int
specialize_class_method(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    PyTypeObject *cls = (PyTypeObject *)owner;
    if (!PyType_CheckExact(owner) || cls->tp_version_tag == 0 ||
        rt_type_lookup(&PyType_Type, name) != NULL)
        return 0;
    PyObject *descr = rt_type_lookup(cls, name);
    if (descr == NULL || (!PyFunction_Check(descr) && Py_TYPE(descr)->tp_descr_get != NULL))
        return 0;
    vm_cache_write32(instr + 2, cls->tp_version_tag);
    vm_cache_write_ptr(instr + 7, descr);
    specialize(instr, OP_LOAD_METHOD_CLASS);
    return 1;
}

void
vm_specialize_load_method(PyObject *owner, PyCodeUnit *instr, PyObject *name)
{
    PyTypeObject *t = Py_TYPE(owner);
    if (PyType_Check(owner)) {
        if (!specialize_class_method(owner, instr, name))
            fail(instr);
        return;
    }
    if (PyModule_CheckExact(owner)) {
        uint32_t version;
        Py_ssize_t ix = module_attr_index(owner, name, &version);
        if (ix < 0) {
            fail(instr);
            return;
        }
        instr[4] = (PyCodeUnit)ix;
        vm_cache_write32(instr + 5, version);
        specialize(instr, OP_LOAD_METHOD_MODULE);
        return;
    }
    if (t->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name) ||
        t->tp_version_tag == 0) {
        fail(instr);
        return;
    }
    PyObject *descr = rt_type_lookup(t, name);
    if (!is_method(descr)) {
        fail(instr);
        return;
    }
    if (t->tp_dictoffset == 0) {
        vm_cache_write32(instr + 2, t->tp_version_tag);
        vm_cache_write_ptr(instr + 7, descr);
        specialize(instr, OP_LOAD_METHOD_NO_DICT);
        return;
    }
    // Instances with split dicts: the method is found when the shared keys lack the name.
    RtDictKeys *shared = PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) && t->tp_dictoffset > 0
                             ? ((PyHeapTypeObject *)t)->ht_cached_keys
                             : NULL;
    if (shared == NULL || shared_keys_index(shared, name) >= 0) {
        fail(instr);
        return;
    }
    PyObject **dictptr = rt_object_dict_ptr(owner);
    PyObject *dict = dictptr != NULL ? *dictptr : NULL;
    uint32_t kv = dict != NULL && ((PyDictObject *)dict)->ma_keys == shared
                      ? rt_dict_keys_version(dict)
                      : 0;
    if (kv == 0) {
        fail(instr);
        return;
    }
    vm_cache_write32(instr + 2, t->tp_version_tag);
    vm_cache_write32(instr + 5, kv);
    vm_cache_write_ptr(instr + 7, descr);
    specialize(instr, OP_LOAD_METHOD_WITH_VALUES);
}

// ---- globals ---------------------------------------------------------------------------------

// The entry of name in a combined exact dict d and its keys version (0 if not cacheable).
static Py_ssize_t
global_index(PyObject *d, PyObject *name, uint32_t *version)
{
    *version = 0;
    if (!PyDict_CheckExact(d) || ((PyDictObject *)d)->ma_values != NULL)
        return DKIX_ERROR;
    PyObject *value;
    Py_ssize_t ix = rt_dict_table_lookup((PyDictObject *)d, name, rt_str_hash(name), &value);
    if (ix == DKIX_ERROR)
        PyErr_Clear();
    *version = rt_dict_keys_version(d);
    return ix;
}

void
vm_specialize_load_global(PyObject *globals, PyObject *builtins, PyCodeUnit *instr,
                          PyObject *name)
{
    uint32_t gv, bv;
    if (!PyUnicode_CheckExact(name)) {
        fail(instr);
        return;
    }
    Py_ssize_t ix = global_index(globals, name, &gv);
    if (gv == 0 || ix == DKIX_ERROR || ix > 0xFFFF) {
        fail(instr);
        return;
    }
    if (ix >= 0) {
        instr[2] = (PyCodeUnit)ix;
        vm_cache_write32(instr + 3, gv);
        specialize(instr, OP_LOAD_GLOBAL_MODULE);
        return;
    }
    ix = global_index(builtins, name, &bv);
    // The builtins version has one cache entry, as in CPython 3.11.
    if (bv == 0 || bv > 0xFFFF || ix < 0 || ix > 0xFFFF) {
        fail(instr);
        return;
    }
    instr[2] = (PyCodeUnit)ix;
    vm_cache_write32(instr + 3, gv);
    instr[5] = (PyCodeUnit)bv;
    specialize(instr, OP_LOAD_GLOBAL_BUILTIN);
}

// ---- operators and containers --------------------------------------------------------------

static int
both_small_ints(PyObject *a, PyObject *b)
{
    return PyLong_CheckExact(a) && PyLong_CheckExact(b) && rt_int_is_small(a) &&
           rt_int_is_small(b);
}

void
vm_specialize_binary_op(PyObject *lhs, PyObject *rhs, PyCodeUnit *instr, int oparg)
{
    int ints = both_small_ints(lhs, rhs);
    int floats = PyFloat_CheckExact(lhs) && PyFloat_CheckExact(rhs);
    int op = 0;
    switch (oparg) {
    case VM_NB_ADD:
    case VM_NB_INPLACE_ADD:
        op = ints     ? OP_BINARY_OP_ADD_INT
             : floats ? OP_BINARY_OP_ADD_FLOAT
             : (PyUnicode_CheckExact(lhs) && PyUnicode_CheckExact(rhs)) ? OP_BINARY_OP_ADD_UNICODE
                                                                        : 0;
        break;
    case VM_NB_SUBTRACT:
    case VM_NB_INPLACE_SUBTRACT:
        op = ints ? OP_BINARY_OP_SUBTRACT_INT : floats ? OP_BINARY_OP_SUBTRACT_FLOAT : 0;
        break;
    case VM_NB_MULTIPLY:
    case VM_NB_INPLACE_MULTIPLY:
        op = ints ? OP_BINARY_OP_MULTIPLY_INT : floats ? OP_BINARY_OP_MULTIPLY_FLOAT : 0;
        break;
    default:
        break;
    }
    if (op)
        specialize(instr, op);
    else
        fail(instr);
}

// The POP_JUMP_IF_TRUE/FALSE after a comparison's caches, as VM_SPEC_JUMP_* bits, or -1.
static int
following_jump(PyCodeUnit *instr)
{
    PyCodeUnit next = instr[1 + vm_opcode_caches(OP_COMPARE_OP)];
    switch (rt_code_unit_op(next)) {
    case OP_POP_JUMP_FORWARD_IF_TRUE:
        return VM_SPEC_JUMP_WHEN_TRUE;
    case OP_POP_JUMP_FORWARD_IF_FALSE:
        return 0;
    case OP_POP_JUMP_BACKWARD_IF_TRUE:
        return VM_SPEC_JUMP_WHEN_TRUE | VM_SPEC_JUMP_BACKWARD;
    case OP_POP_JUMP_BACKWARD_IF_FALSE:
        return VM_SPEC_JUMP_BACKWARD;
    default:
        return -1;
    }
}

void
vm_specialize_compare_op(PyObject *lhs, PyObject *rhs, PyCodeUnit *instr, int oparg)
{
    int jump = following_jump(instr);
    int op = 0;
    if (jump < 0 || oparg < Py_LT || oparg > Py_GE)
        op = 0;
    else if (both_small_ints(lhs, rhs))
        op = OP_COMPARE_OP_INT_JUMP;
    else if (PyFloat_CheckExact(lhs) && PyFloat_CheckExact(rhs))
        op = OP_COMPARE_OP_FLOAT_JUMP;
    else if (PyUnicode_CheckExact(lhs) && PyUnicode_CheckExact(rhs) &&
             (oparg == Py_EQ || oparg == Py_NE))
        op = OP_COMPARE_OP_STR_JUMP;
    if (op == 0) {
        fail(instr);
        return;
    }
    instr[2] = (PyCodeUnit)jump;
    specialize(instr, op);
}

void
vm_specialize_binary_subscr(PyObject *container, PyObject *sub, PyCodeUnit *instr)
{
    int int_key = PyLong_CheckExact(sub) && rt_int_is_small(sub);
    if (PyList_CheckExact(container) && int_key)
        specialize(instr, OP_BINARY_SUBSCR_LIST_INT);
    else if (PyTuple_CheckExact(container) && int_key)
        specialize(instr, OP_BINARY_SUBSCR_TUPLE_INT);
    else if (PyDict_CheckExact(container))
        specialize(instr, OP_BINARY_SUBSCR_DICT);
    else
        fail(instr);
}

void
vm_specialize_store_subscr(PyObject *container, PyObject *sub, PyCodeUnit *instr)
{
    if (PyList_CheckExact(container) && PyLong_CheckExact(sub) && rt_int_is_small(sub))
        specialize(instr, OP_STORE_SUBSCR_LIST_INT);
    else if (PyDict_CheckExact(container))
        specialize(instr, OP_STORE_SUBSCR_DICT);
    else
        fail(instr);
}

void
vm_specialize_unpack_sequence(PyObject *seq, PyCodeUnit *instr, int oparg)
{
    if (PyTuple_CheckExact(seq) && PyTuple_GET_SIZE(seq) == oparg)
        specialize(instr, oparg == 2 ? OP_UNPACK_SEQUENCE_TWO_TUPLE : OP_UNPACK_SEQUENCE_TUPLE);
    else if (PyList_CheckExact(seq) && PyList_GET_SIZE(seq) == oparg)
        specialize(instr, OP_UNPACK_SEQUENCE_LIST);
    else
        fail(instr);
}

// ---- calls ------------------------------------------------------------------------------------

void
vm_specialize_call(PyObject *callable, PyCodeUnit *instr, int nargs, PyObject *kwnames)
{
    if (kwnames != NULL || !PyFunction_Check(callable) ||
        ((PyFunctionObject *)callable)->vectorcall != vm_function_vectorcall) {
        fail(instr);
        return;
    }
    PyFunctionObject *f = (PyFunctionObject *)callable;
    PyCodeObject *co = (PyCodeObject *)f->func_code;
    int simple = (co->co_flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                                  CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE)) == 0 &&
                 co->co_kwonlyargcount == 0 && (co->co_flags & CO_OPTIMIZED);
    int ndefaults = f->func_defaults != NULL ? (int)PyTuple_GET_SIZE(f->func_defaults) : 0;
    int min_args = co->co_argcount - ndefaults;
    if (!simple || f->func_version == 0 || nargs > co->co_argcount || nargs < min_args) {
        fail(instr);
        return;
    }
    vm_cache_write32(instr + 2, f->func_version);
    instr[4] = (PyCodeUnit)min_args;
    specialize(instr, nargs == co->co_argcount ? OP_CALL_PY_EXACT_ARGS : OP_CALL_PY_WITH_DEFAULTS);
}

PyMethodDef *vm_spec_len_def, *vm_spec_isinstance_def;
PyObject *vm_spec_list_append;

// The PRECALL form for a builtin function called with n positional arguments, or 0.
static int
builtin_function_form(PyObject *callable, int n)
{
    if (!PyCFunction_CheckExact(callable))
        return 0;
    PyCFunctionObject *f = (PyCFunctionObject *)callable;
    if (f->m_self == vm_builtins_module() && n == 1 && strcmp(f->m_ml->ml_name, "len") == 0) {
        vm_spec_len_def = f->m_ml;
        return OP_PRECALL_NO_KW_LEN;
    }
    if (f->m_self == vm_builtins_module() && n == 2 &&
        strcmp(f->m_ml->ml_name, "isinstance") == 0) {
        vm_spec_isinstance_def = f->m_ml;
        return OP_PRECALL_NO_KW_ISINSTANCE;
    }
    if (f->m_ml->ml_flags == METH_O && n == 1)
        return OP_PRECALL_NO_KW_BUILTIN_O;
    if (f->m_ml->ml_flags == METH_FASTCALL)
        return OP_PRECALL_NO_KW_BUILTIN_FAST;
    return 0;
}

// The PRECALL form for a method descriptor called on self with n more arguments, or 0.
static int
method_descriptor_form(PyObject *descr, PyObject *self, int n)
{
    if (!Py_IS_TYPE(descr, &PyMethodDescr_Type) ||
        !PyObject_TypeCheck(self, ((PyDescrObject *)descr)->d_type))
        return 0;
    if (vm_spec_list_append == NULL) {
        PyObject *name = PyUnicode_InternFromString("append");
        vm_spec_list_append = name != NULL ? rt_type_lookup(&PyList_Type, name) : NULL;
        Py_XDECREF(name);
        PyErr_Clear();
    }
    if (descr == vm_spec_list_append && PyList_CheckExact(self) && n == 1)
        return OP_PRECALL_NO_KW_LIST_APPEND;
    switch (((PyMethodDescrObject *)descr)->d_method->ml_flags) {
    case METH_O:
        return n == 1 ? OP_PRECALL_NO_KW_METHOD_DESCRIPTOR_O : 0;
    case METH_NOARGS:
        return n == 0 ? OP_PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS : 0;
    case METH_FASTCALL:
        return OP_PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST;
    default:
        return 0;
    }
}

void
vm_specialize_precall(PyObject *first, PyObject *second, PyCodeUnit *instr, int oparg,
                      PyObject *kwnames)
{
    // The forms do the call themselves and skip the CALL that must follow (same argument, no
    // EXTENDED_ARG between them).
    PyCodeUnit call = instr[1 + vm_opcode_caches(OP_PRECALL)];
    int op = 0;
    if (kwnames != NULL || oparg > 0xFF || rt_code_unit_op(call) != OP_CALL ||
        rt_code_unit_arg(call) != oparg)
        op = 0;
    else if (first != NULL)
        op = method_descriptor_form(first, second, oparg);
    else if (second == (PyObject *)&PyType_Type && oparg == 1)
        op = OP_PRECALL_NO_KW_TYPE_1;
    else if (second == (PyObject *)&PyUnicode_Type && oparg == 1)
        op = OP_PRECALL_NO_KW_STR_1;
    else if (second == (PyObject *)&PyTuple_Type && oparg == 1)
        op = OP_PRECALL_NO_KW_TUPLE_1;
    else
        op = builtin_function_form(second, oparg);
    if (op)
        specialize(instr, op);
    else
        fail(instr);
}

// ---- statistics --------------------------------------------------------------------------------

#define HOT_CODE_MAX 4096

static PyCodeObject *hot_code[HOT_CODE_MAX];
static int n_hot_code;

void
vm_spec_stats_note_code(PyCodeObject *co)
{
    for (int i = 0; i < n_hot_code; i++)
        if (hot_code[i] == co)
            return;
    if (n_hot_code < HOT_CODE_MAX)
        hot_code[n_hot_code++] = (PyCodeObject *)Py_NewRef(co);
}

static uint64_t
heat(PyCodeObject *co)
{
    return (uint64_t)co->co_calls + co->co_backedges;
}

static int
hotter_first(const void *a, const void *b)
{
    uint64_t x = heat(*(PyCodeObject *const *)a), y = heat(*(PyCodeObject *const *)b);
    return x < y ? 1 : x > y ? -1 : 0;
}

static void
print_families(FILE *out)
{
    fprintf(out, "%-16s %12s %10s %8s %10s %9s\n", "family", "hits", "misses", "deopts",
            "specialized", "failures");
    for (int op = 0; op < 256; op++) {
        VmSpecStats *s = &vm_spec_stats[op];
        if (s->hits + s->misses + s->successes + s->failures == 0)
            continue;
        fprintf(out, "%-16s %12llu %10llu %8llu %10llu %9llu\n", vm_opcode_name(op),
                (unsigned long long)s->hits, (unsigned long long)s->misses,
                (unsigned long long)s->deopts, (unsigned long long)s->successes,
                (unsigned long long)s->failures);
    }
}

static void
print_hottest(FILE *out)
{
    fprintf(out, "hottest code objects (calls, loop back-edges):\n");
    for (int i = 0; i < n_hot_code && i < 10; i++) {
        PyCodeObject *co = hot_code[i];
        const char *name = PyUnicode_AsUTF8(co->co_qualname);
        const char *file = PyUnicode_AsUTF8(co->co_filename);
        fprintf(out, "  %10u %10u  %s (%s:%d)\n", co->co_calls, co->co_backedges,
                name != NULL ? name : "?", file != NULL ? file : "?", co->co_firstlineno);
    }
}

// The adaptive disassembly of the remembered code objects, hottest first.
static void
print_adaptive_dis(FILE *out)
{
    for (int i = 0; i < n_hot_code; i++) {
        PyObject *r = PyObject_Repr((PyObject *)hot_code[i]);
        const char *s = r != NULL ? PyUnicode_AsUTF8(r) : NULL;
        fprintf(out, "%sAdaptive disassembly of %s:\n", i ? "\n" : "", s != NULL ? s : "?");
        Py_XDECREF(r);
        if (vm_dis_print_adaptive(hot_code[i], out) < 0)
            PyErr_Clear();
    }
}

void
vm_spec_report(FILE *stats_out, FILE *dis_out)
{
    if (!vm_spec_stats_enabled && !vm_spec_report_dis)
        return;
    qsort(hot_code, (size_t)n_hot_code, sizeof(PyCodeObject *), hotter_first);
    if (vm_spec_report_dis)
        print_adaptive_dis(dis_out);
    if (vm_spec_stats_enabled) {
        fprintf(stats_out, "specialization statistics (per instruction family):\n");
        print_families(stats_out);
        print_hottest(stats_out);
    }
    for (int i = 0; i < n_hot_code; i++)
        Py_DECREF(hot_code[i]);
    n_hot_code = 0;
}
