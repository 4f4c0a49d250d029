// test_heaptype.c: classes made by type(name, bases, ns) (runtime/objects/type_new.c,
// type_heap.c, typeslots*.c, super.c, funcdescr.c): names and layout, C3 MROs and CPython's
// errors, __slots__, dunder → slot dispatch and its updates, version tags of a class and its
// subclasses, subclasses of built-in types, property/classmethod/staticmethod and super,
// instance dicts that share their keys (split dicts).
// Python functions need the VM, so the dunders here are built-in functions.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include "tests/unit/testing.h"
#include "runtime/call.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/typeattr.h"

static PyObject *
str(const char *s)
{
    PyObject *r = PyUnicode_FromString(s);
    assert_non_null(r);
    return r;
}

// type(name, bases, ns) with ns built from NULL-terminated (key, value) pairs; the values
// are borrowed. Returns the class or NULL (exception pending).
static PyObject *
make_class_ns(const char *name, PyObject *bases, PyObject *ns)
{
    PyObject *n = str(name);
    PyObject *args[3] = {n, bases, ns};
    PyObject *cls = rt_call_vector((PyObject *)&PyType_Type, args, 3, NULL);
    Py_DECREF(n);
    return cls;
}

static PyObject *
make_class(const char *name, PyObject *bases, ...)
{
    PyObject *ns = PyDict_New();
    va_list va;
    va_start(va, bases);
    const char *key;
    while ((key = va_arg(va, const char *)) != NULL)
        assert_int_equal(PyDict_SetItemString(ns, key, va_arg(va, PyObject *)), 0);
    va_end(va);
    PyObject *own_bases = bases != NULL ? Py_NewRef(bases) : PyTuple_New(0);
    PyObject *cls = make_class_ns(name, own_bases, ns);
    Py_DECREF(own_bases);
    Py_DECREF(ns);
    return cls;
}

// Without a cycle collector a class stays alive through its MRO (which holds it) and the
// descriptors in its dict: clear those, as the collector will, then drop the reference.
static void
drop_class(PyObject *cls)
{
    assert_int_equal(rt_type_clear(cls), 0);
    Py_DECREF(cls);
}

static PyObject *
call0(PyObject *callable)
{
    return rt_call_vector(callable, NULL, 0, NULL);
}

static PyObject *
getattr(PyObject *o, const char *name)
{
    PyObject *r = PyObject_GetAttrString(o, name);
    assert_non_null(r);
    return r;
}

// ---- built-in functions used as dunders ---------------------------------------------------

static PyObject *
return_three(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(3);
}

static PyObject *
return_true(PyObject *self, PyObject *unused)
{
    Py_RETURN_TRUE;
}

static PyObject *
return_arg(PyObject *self, PyObject *arg)
{
    return Py_NewRef(arg);
}

static PyMethodDef three_def = {"three", return_three, METH_NOARGS, NULL};
static PyMethodDef true_def = {"true", return_true, METH_VARARGS, NULL};
static PyMethodDef arg_def = {"arg", return_arg, METH_O, NULL};

static PyObject *
cfunc(PyMethodDef *def)
{
    PyObject *f = PyCFunction_NewEx(def, NULL, NULL);
    assert_non_null(f);
    return f;
}

// ---- creating classes ------------------------------------------------------------------------

static void
test_type_new_sets_name_qualname_module_and_dict(void **state)
{
    PyObject *one = PyLong_FromLong(1), *mod = str("pkg.mod"), *qual = str("Outer.A");
    PyObject *cls = make_class("A", NULL, "x", one, "__module__", mod, "__qualname__", qual, NULL);
    assert_non_null(cls);
    assert_repr(cls, "<class 'pkg.mod.Outer.A'>");
    PyObject *name = getattr(cls, "__name__"), *q = getattr(cls, "__qualname__");
    assert_repr(name, "'A'");
    assert_repr(q, "'Outer.A'");
    // __qualname__ leaves the dict; __dict__, __weakref__ and __doc__ join it, in this order.
    PyObject *keys = PyDict_Keys(((PyTypeObject *)cls)->tp_dict);
    assert_repr(keys, "['x', '__module__', '__dict__', '__weakref__', '__doc__']");
    PyObject *inst = call0(cls);
    assert_non_null(inst);
    assert_true(PyObject_GC_IsTracked(inst));
    PyObject *x = getattr(inst, "x");
    assert_int_equal(PyLong_AsLong(x), 1);
    Py_DECREF(x);
    Py_DECREF(inst);
    Py_DECREF(keys);
    Py_DECREF(name);
    Py_DECREF(q);
    Py_DECREF(one);
    Py_DECREF(mod);
    Py_DECREF(qual);
    drop_class(cls);
}

static void
test_type_new_argument_errors_match_cpython(void **state)
{
    PyObject *name = str("A"), *empty = PyTuple_New(0), *list = PyList_New(0);
    PyObject *args = PyTuple_Pack(2, name, empty);
    assert_null(rt_type_new(&PyType_Type, args, NULL));
    assert_raised(PyExc_TypeError, "type.__new__() takes exactly 3 arguments (2 given)");
    Py_DECREF(args);
    args = PyTuple_Pack(3, name, list, list);
    assert_null(rt_type_new(&PyType_Type, args, NULL));
    assert_raised(PyExc_TypeError, "type.__new__() argument 2 must be tuple, not list");
    Py_DECREF(args);
    PyObject *one = PyLong_FromLong(1);
    PyObject *bad_base = PyTuple_Pack(1, one);
    // The metaclass of an int is int: it conflicts with type before the base is looked at.
    assert_null(make_class("B", bad_base, NULL));
    assert_raised(PyExc_TypeError,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
    PyObject *bool_base = PyTuple_Pack(1, (PyObject *)&PyBool_Type);
    assert_null(make_class("B", bool_base, NULL));
    assert_raised(PyExc_TypeError, "type 'bool' is not an acceptable base type");
    PyObject *conflict = PyTuple_Pack(2, (PyObject *)&PyLong_Type, (PyObject *)&PyUnicode_Type);
    assert_null(make_class("B", conflict, NULL));
    assert_raised(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    Py_DECREF(conflict);
    Py_DECREF(bool_base);
    Py_DECREF(bad_base);
    Py_DECREF(one);
    Py_DECREF(list);
    Py_DECREF(empty);
    Py_DECREF(name);
}

// ---- MRO ---------------------------------------------------------------------------------------

static void
test_c3_mro_linearizes_a_diamond(void **state)
{
    PyObject *o = make_class("O", NULL, NULL);
    PyObject *bo = PyTuple_Pack(1, o);
    PyObject *a = make_class("A", bo, NULL), *b = make_class("B", bo, NULL);
    PyObject *bab = PyTuple_Pack(2, a, b);
    PyObject *c = make_class("C", bab, NULL);
    assert_non_null(c);
    PyObject *names = PyList_New(0);
    PyObject *mro = ((PyTypeObject *)c)->tp_mro;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
        PyObject *n = getattr(PyTuple_GET_ITEM(mro, i), "__name__");
        PyList_Append(names, n);
        Py_DECREF(n);
    }
    assert_repr(names, "['C', 'A', 'B', 'O', 'object']");
    assert_true(PyType_IsSubtype((PyTypeObject *)c, (PyTypeObject *)o));
    Py_DECREF(names);
    Py_DECREF(bab);
    drop_class(c);
    drop_class(a);
    drop_class(b);
    Py_DECREF(bo);
    drop_class(o);
}

static void
test_inconsistent_mro_and_duplicate_bases_raise_cpython_errors(void **state)
{
    PyObject *x = make_class("X", NULL, NULL);
    PyObject *bx = PyTuple_Pack(1, x);
    PyObject *y = make_class("Y", bx, NULL);
    PyObject *xy = PyTuple_Pack(2, x, y), *xx = PyTuple_Pack(2, x, x);
    assert_null(make_class("Z", xy, NULL));
    assert_raised(PyExc_TypeError,
                  "Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
    assert_null(make_class("Z", xx, NULL));
    assert_raised(PyExc_TypeError, "duplicate base class X");
    Py_DECREF(xy);
    Py_DECREF(xx);
    drop_class(y);
    Py_DECREF(bx);
    drop_class(x);
}

static void
test_metaclass_conflict_is_a_type_error(void **state)
{
    PyObject *type_base = PyTuple_Pack(1, (PyObject *)&PyType_Type);
    PyObject *m1 = make_class("M1", type_base, NULL), *m2 = make_class("M2", type_base, NULL);
    PyObject *name = str("C1"), *empty = PyTuple_New(0), *ns = PyDict_New();
    PyObject *args[3] = {name, empty, ns};
    PyObject *c1 = rt_call_vector(m1, args, 3, NULL);
    Py_DECREF(name);
    args[0] = name = str("C2");
    PyObject *c2 = rt_call_vector(m2, args, 3, NULL);
    assert_non_null(c1);
    assert_non_null(c2);
    assert_true(Py_TYPE(c1) == (PyTypeObject *)m1);
    PyObject *both = PyTuple_Pack(2, c1, c2);
    assert_null(make_class("C3", both, NULL));
    assert_raised(PyExc_TypeError,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
    Py_DECREF(both);
    Py_DECREF(args[0]);
    Py_DECREF(empty);
    Py_DECREF(ns);
    drop_class(c1);
    drop_class(c2);
    drop_class(m1);
    drop_class(m2);
    Py_DECREF(type_base);
}

// ---- version tags -------------------------------------------------------------------------------

static void
test_version_tags_change_for_the_class_and_all_subclasses(void **state)
{
    PyObject *a = make_class("A", NULL, NULL);
    PyObject *ba = PyTuple_Pack(1, a);
    PyObject *b = make_class("B", ba, NULL);
    PyObject *bb = PyTuple_Pack(1, b);
    PyObject *c = make_class("C", bb, NULL);
    PyObject *d = make_class("D", NULL, NULL);
    PyTypeObject *ta = (PyTypeObject *)a, *tb = (PyTypeObject *)b, *tc = (PyTypeObject *)c;
    unsigned va = ta->tp_version_tag, vb = tb->tp_version_tag, vc = tc->tp_version_tag;
    assert_true(va != 0 && vb != 0 && vc != 0);
    PyObject *one = PyLong_FromLong(1);

    // Setting an attribute on a base renews the tags of the whole hierarchy below it.
    assert_int_equal(PyObject_SetAttrString(a, "x", one), 0);
    assert_true(ta->tp_version_tag != va && tb->tp_version_tag != vb && tc->tp_version_tag != vc);
    va = ta->tp_version_tag, vb = tb->tp_version_tag, vc = tc->tp_version_tag;

    // A leaf's change leaves its bases alone.
    assert_int_equal(PyObject_SetAttrString(c, "y", one), 0);
    assert_true(ta->tp_version_tag == va && tb->tp_version_tag == vb && tc->tp_version_tag != vc);
    vc = tc->tp_version_tag;

    // Deleting counts as a change too.
    assert_int_equal(PyObject_SetAttrString(b, "z", one), 0);
    vb = tb->tp_version_tag, vc = tc->tp_version_tag;
    assert_int_equal(PyObject_SetAttrString(b, "z", NULL), 0);
    assert_true(ta->tp_version_tag == va && tb->tp_version_tag != vb && tc->tp_version_tag != vc);
    vb = tb->tp_version_tag, vc = tc->tp_version_tag;

    // So does assigning __bases__, for the class and its subclasses.
    PyObject *bd = PyTuple_Pack(1, d);
    assert_int_equal(PyObject_SetAttrString(b, "__bases__", bd), 0);
    assert_true(tb->tp_version_tag != vb && tc->tp_version_tag != vc);
    assert_true(PyType_IsSubtype(tc, (PyTypeObject *)d));
    assert_false(PyType_IsSubtype(tc, ta));
    // A lookup through the cache sees the new hierarchy: x came from A, which is gone.
    assert_null(PyObject_GetAttrString(c, "x"));
    assert_raised(PyExc_AttributeError, "type object 'C' has no attribute 'x'");

    Py_DECREF(bd);
    Py_DECREF(one);
    drop_class(c);
    Py_DECREF(bb);
    drop_class(b);
    Py_DECREF(ba);
    drop_class(a);
    drop_class(d);
}

static void
test_subclasses_lists_direct_subclasses_until_they_die(void **state)
{
    PyObject *a = make_class("A", NULL, NULL);
    PyObject *ba = PyTuple_Pack(1, a);
    PyObject *b = make_class("B", ba, NULL);
    PyObject *subs = rt_type_subclasses((PyTypeObject *)a);
    assert_repr(subs, "[<class 'B'>]");
    Py_DECREF(subs);
    drop_class(b);
    subs = rt_type_subclasses((PyTypeObject *)a);
    assert_repr(subs, "[]");
    Py_DECREF(subs);
    Py_DECREF(ba);
    drop_class(a);
}

// ---- slots --------------------------------------------------------------------------------------

static void
test_setting_and_deleting_a_dunder_updates_the_slot_in_subclasses(void **state)
{
    PyObject *a = make_class("A", NULL, NULL);
    PyObject *ba = PyTuple_Pack(1, a);
    PyObject *b = make_class("B", ba, NULL);
    PyObject *inst = call0(b);
    assert_int_equal(PyObject_Size(inst), -1);
    assert_raised(PyExc_TypeError, "object of type 'B' has no len()");
    // A static method so that the built-in function is called without the instance.
    PyObject *three = cfunc(&three_def), *sm = PyStaticMethod_New(three);
    assert_int_equal(PyObject_SetAttrString(a, "__len__", sm), 0);
    assert_int_equal(PyObject_Size(inst), 3);
    assert_int_equal(PyObject_IsTrue(inst), 1);
    assert_int_equal(PyObject_SetAttrString(a, "__len__", NULL), 0);
    assert_int_equal(PyObject_Size(inst), -1);
    assert_raised(PyExc_TypeError, "object of type 'B' has no len()");
    Py_DECREF(sm);
    Py_DECREF(three);
    Py_DECREF(inst);
    drop_class(b);
    Py_DECREF(ba);
    drop_class(a);
}

static void
test_eq_without_hash_makes_instances_unhashable(void **state)
{
    PyObject *t = cfunc(&true_def), *sm = PyStaticMethod_New(t);
    PyObject *a = make_class("A", NULL, "__eq__", sm, NULL);
    PyObject *hash = getattr(a, "__hash__");
    assert_ptr_equal(hash, Py_None);
    PyObject *inst = call0(a);
    assert_int_equal(PyObject_Hash(inst), -1);
    assert_raised(PyExc_TypeError, "unhashable type: 'A'");
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_RichCompareBool(inst, one, Py_EQ), 1);
    // __ne__ is object's: the negation of __eq__.
    assert_int_equal(PyObject_RichCompareBool(inst, one, Py_NE), 0);
    Py_DECREF(one);
    Py_DECREF(inst);
    Py_DECREF(hash);
    drop_class(a);
    Py_DECREF(sm);
    Py_DECREF(t);
}

static void
test_binary_operator_dispatches_to_dunder_and_reports_unsupported(void **state)
{
    PyObject *f = cfunc(&arg_def), *sm = PyStaticMethod_New(f);
    PyObject *a = make_class("A", NULL, "__add__", sm, NULL);
    PyObject *b = make_class("B", NULL, NULL);
    PyObject *ia = call0(a), *ib = call0(b), *one = PyLong_FromLong(1);
    // a + 1 calls A.__add__(1) (a static method here: it gets just the operand).
    PyObject *r = PyNumber_Add(ia, one);
    assert_ptr_equal(r, one);
    Py_DECREF(r);
    // 1 + a: int declines, A has no __radd__.
    assert_null(PyNumber_Add(one, ia));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'A'");
    assert_null(PyNumber_Subtract(ib, ia));
    assert_raised(PyExc_TypeError, "unsupported operand type(s) for -: 'B' and 'A'");
    Py_DECREF(ia);
    Py_DECREF(ib);
    Py_DECREF(one);
    drop_class(a);
    drop_class(b);
    Py_DECREF(sm);
    Py_DECREF(f);
}

static void
test_list_subclass_keeps_lists_own_slots(void **state)
{
    PyObject *bases = PyTuple_Pack(1, (PyObject *)&PyList_Type);
    PyObject *l = make_class("L", bases, NULL);
    PyTypeObject *t = (PyTypeObject *)l;
    assert_ptr_equal(t->tp_as_sequence->sq_length, PyList_Type.tp_as_sequence->sq_length);
    assert_ptr_equal(t->tp_as_mapping->mp_subscript, PyList_Type.tp_as_mapping->mp_subscript);
    assert_ptr_equal(t->tp_iter, PyList_Type.tp_iter);
    assert_null(t->tp_as_number->nb_add);
    assert_true(PyType_FastSubclass(t, Py_TPFLAGS_LIST_SUBCLASS));
    PyObject *inst = call0(l), *one = PyLong_FromLong(1);
    assert_int_equal(PyList_Append(inst, one), 0);
    assert_int_equal(PyObject_Size(inst), 1);
    assert_int_equal(PyObject_SetAttrString(inst, "tag", one), 0);
    assert_repr(inst, "[1]");
    Py_DECREF(inst);
    Py_DECREF(one);
    drop_class(l);
    Py_DECREF(bases);
}

static void
test_subclasses_of_immutable_builtins_get_an_instance_dict(void **state)
{
    PyTypeObject *bases[] = {&PyLong_Type, &PyUnicode_Type, &PyTuple_Type, &PyBytes_Type,
                             &PyFloat_Type};
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2), *three = PyLong_FromLong(3);
    PyObject *values[] = {PyLong_FromLong(7), str("h\xc3\xa9llo \xf0\x9d\x84\x9e"),
                          PyTuple_Pack(3, one, two, three), PyBytes_FromString("abc"),
                          PyFloat_FromDouble(2.5)};
    const char *reprs[] = {"7", "'h\xc3\xa9llo \xf0\x9d\x84\x9e'", "(1, 2, 3)", "b'abc'",
                           "2.5"};
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        PyObject *b = PyTuple_Pack(1, (PyObject *)bases[i]);
        PyObject *cls = make_class("Sub", b, NULL);
        assert_non_null(cls);
        PyObject *inst = rt_call_vector(cls, &values[i], 1, NULL);
        assert_non_null(inst);
        assert_true(PyObject_TypeCheck(inst, bases[i]));
        assert_repr(inst, reprs[i]);
        // The dict lives outside the value: setting it leaves the value intact.
        assert_int_equal(PyObject_SetAttrString(inst, "tag", values[i]), 0);
        PyObject *tag = getattr(inst, "tag");
        assert_ptr_equal(tag, values[i]);
        assert_repr(inst, reprs[i]);
        PyObject **dictptr = rt_object_dict_ptr(inst);
        assert_non_null(dictptr);
        assert_true((char *)dictptr >= (char *)inst + bases[i]->tp_basicsize);
        Py_DECREF(tag);
        Py_DECREF(inst);
        drop_class(cls);
        Py_DECREF(b);
        Py_DECREF(values[i]);
    }
    Py_DECREF(one);
    Py_DECREF(two);
    Py_DECREF(three);
}

static void
test_slots_make_member_descriptors_and_no_dict(void **state)
{
    PyObject *x = str("x"), *y = str("__y");
    PyObject *slots = PyTuple_Pack(2, y, x);
    PyObject *s = make_class("S", NULL, "__slots__", slots, NULL);
    assert_non_null(s);
    PyHeapTypeObject *et = (PyHeapTypeObject *)s;
    // Mangled and sorted.
    assert_repr(et->ht_slots, "('_S__y', 'x')");
    PyObject *member = getattr(s, "x");
    assert_repr(member, "<member 'x' of 'S' objects>");
    PyObject *inst = call0(s);
    assert_null(PyObject_GetAttrString(inst, "x"));
    assert_raised(PyExc_AttributeError, "'S' object has no attribute 'x'");
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString(inst, "x", one), 0);
    PyObject *v = getattr(inst, "x");
    assert_ptr_equal(v, one);
    assert_int_equal(PyObject_SetAttrString(inst, "z", one), -1);
    assert_raised(PyExc_AttributeError, "'S' object has no attribute 'z'");
    assert_null(rt_object_dict_ptr(inst));
    Py_DECREF(v);
    Py_DECREF(inst);
    Py_DECREF(member);
    drop_class(s);
    // A slot that shadows a class attribute is refused.
    PyObject *conflict = make_class("T", NULL, "__slots__", x, "x", one, NULL);
    assert_null(conflict);
    assert_raised(PyExc_ValueError, "'x' in __slots__ conflicts with class variable");
    PyObject *bad = make_class("U", NULL, "__slots__", one, NULL);
    assert_null(bad);
    assert_raised(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(one);
    Py_DECREF(slots);
    Py_DECREF(x);
    Py_DECREF(y);
}

// ---- descriptors and super -------------------------------------------------------------------------

static void
test_property_classmethod_staticmethod_bind_as_cpython(void **state)
{
    PyObject *arg = cfunc(&arg_def);
    PyObject *pargs = PyTuple_Pack(1, arg);
    PyObject *prop = PyObject_Call((PyObject *)&PyProperty_Type, pargs, NULL);
    PyObject *cm = PyClassMethod_New(arg), *sm = PyStaticMethod_New(arg);
    PyObject *a = make_class("A", NULL, "p", prop, "c", cm, "s", sm, NULL);
    PyObject *inst = call0(a);
    // The getter gets the instance; the class gets the property itself.
    PyObject *p = getattr(inst, "p");
    assert_ptr_equal(p, inst);
    PyObject *pa = getattr(a, "p");
    assert_ptr_equal(pa, prop);
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyObject_SetAttrString(inst, "p", one), -1);
    assert_raised(PyExc_AttributeError, "property 'p' of 'A' object has no setter");
    // classmethod binds the class, staticmethod nothing.
    PyObject *c = getattr(inst, "c"), *cr = call0(c);
    assert_ptr_equal(cr, a);
    PyObject *s = getattr(inst, "s");
    assert_ptr_equal(s, arg);
    PyObject *fn = getattr(cm, "__func__");
    assert_ptr_equal(fn, arg);
    Py_DECREF(fn);
    Py_DECREF(s);
    Py_DECREF(cr);
    Py_DECREF(c);
    Py_DECREF(one);
    Py_DECREF(pa);
    Py_DECREF(p);
    Py_DECREF(inst);
    drop_class(a);
    Py_DECREF(cm);
    Py_DECREF(sm);
    Py_DECREF(prop);
    Py_DECREF(pargs);
    Py_DECREF(arg);
}

static void
test_super_looks_after_the_given_class_in_the_mro(void **state)
{
    PyObject *va = str("from A"), *vb = str("from B");
    PyObject *a = make_class("A", NULL, "who", va, NULL);
    PyObject *ba = PyTuple_Pack(1, a);
    PyObject *b = make_class("B", ba, "who", vb, NULL);
    PyObject *inst = call0(b);
    PyObject *args[2] = {b, inst};
    PyObject *su = rt_call_vector((PyObject *)&PySuper_Type, args, 2, NULL);
    assert_non_null(su);
    assert_repr(su, "<super: <class 'B'>, <B object>>");
    PyObject *who = getattr(su, "who");
    assert_ptr_equal(who, va);
    PyObject *direct = getattr(inst, "who");
    assert_ptr_equal(direct, vb);
    PyObject *one = PyLong_FromLong(1);
    args[1] = one;
    assert_null(rt_call_vector((PyObject *)&PySuper_Type, args, 2, NULL));
    assert_raised(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    args[0] = one;
    assert_null(rt_call_vector((PyObject *)&PySuper_Type, args, 1, NULL));
    assert_raised(PyExc_TypeError, "super() argument 1 must be a type, not int");
    Py_DECREF(one);
    Py_DECREF(direct);
    Py_DECREF(who);
    Py_DECREF(su);
    Py_DECREF(inst);
    drop_class(b);
    Py_DECREF(ba);
    drop_class(a);
    Py_DECREF(va);
    Py_DECREF(vb);
}

static void
test_class_getitem_calls_the_implicit_classmethod(void **state)
{
    // A plain function under __class_getitem__ becomes a class method; a built-in stands in.
    PyObject *t = cfunc(&true_def), *cm = PyClassMethod_New(t);
    PyObject *a = make_class("A", NULL, "__class_getitem__", cm, NULL);
    PyObject *b = make_class("B", NULL, NULL);
    PyObject *r = rt_type_class_getitem(a, (PyObject *)&PyLong_Type);
    assert_ptr_equal(r, Py_True);
    assert_null(rt_type_class_getitem(b, (PyObject *)&PyLong_Type));
    assert_raised(PyExc_TypeError, "type 'B' is not subscriptable");
    Py_DECREF(r);
    drop_class(a);
    drop_class(b);
    Py_DECREF(cm);
    Py_DECREF(t);
}

// ---- split dicts: instances share their keys -----------------------------------------------

// The instance's dict as the instance holds it (obj.__dict__ would expose it, unsplitting it).
static PyDictObject *
instance_dict(PyObject *obj)
{
    PyObject **dictptr = rt_object_dict_ptr(obj);
    assert_non_null(dictptr);
    assert_non_null(*dictptr);
    return (PyDictObject *)*dictptr;
}

static void
set_attrs(PyObject *obj, ...)
{
    va_list va;
    va_start(va, obj);
    const char *name;
    while ((name = va_arg(va, const char *)) != NULL) {
        PyObject *v = PyLong_FromLong(va_arg(va, long));
        assert_int_equal(PyObject_SetAttrString(obj, name, v), 0);
        Py_DECREF(v);
    }
    va_end(va);
}

static void
assert_keys(PyDictObject *d, const char *expected)
{
    PyObject *keys = PyDict_Keys((PyObject *)d);
    assert_repr(keys, expected);
    Py_DECREF(keys);
}

static void
test_instances_of_a_class_share_keys_and_entry_numbers(void **state)
{
    (void)state;
    PyObject *cls = make_class("P", NULL, NULL);
    RtDictKeys *shared = ((PyHeapTypeObject *)cls)->ht_cached_keys;
    assert_non_null(shared);
    PyObject *a = call0(cls), *b = call0(cls);
    set_attrs(a, "x", 1L, "y", 2L, NULL);
    set_attrs(b, "x", 3L, "y", 4L, "z", 5L, NULL);
    PyDictObject *da = instance_dict(a), *db = instance_dict(b);
    assert_ptr_equal(da->ma_keys, shared);
    assert_ptr_equal(db->ma_keys, shared);
    assert_non_null(da->ma_values);
    // y is entry 1 in both: a load of it can be a guarded load at a fixed index.
    assert_int_equal(PyLong_AsLong(da->ma_values[1]), 2);
    assert_int_equal(PyLong_AsLong(db->ma_values[1]), 4);
    assert_int_equal(PyDict_GET_SIZE(da), 2);
    assert_keys(da, "['x', 'y']");
    assert_keys(db, "['x', 'y', 'z']");
    // a takes z (the next shared key) and stays split; replacing a value keeps it split too.
    set_attrs(a, "z", 6L, "x", 7L, NULL);
    assert_ptr_equal(instance_dict(a)->ma_keys, shared);
    assert_int_equal(PyLong_AsLong(da->ma_values[0]), 7);
    Py_DECREF(a);
    Py_DECREF(b);
    drop_class(cls);
}

static void
test_split_dicts_become_combined_only_when_they_must(void **state)
{
    (void)state;
    PyObject *cls = make_class("Q", NULL, NULL);
    RtDictKeys *shared = ((PyHeapTypeObject *)cls)->ht_cached_keys;
    PyObject *a = call0(cls), *b = call0(cls), *c = call0(cls), *d = call0(cls);
    set_attrs(a, "x", 1L, "y", 2L, NULL);
    set_attrs(b, "y", 1L, "x", 2L, NULL); // out of the shared order
    set_attrs(c, "x", 1L, "y", 2L, NULL);
    assert_int_equal(PyObject_SetAttrString(c, "x", NULL), 0); // a deletion
    set_attrs(d, "x", 1L, NULL);
    PyObject *one = PyLong_FromLong(1);
    assert_int_equal(PyDict_SetItem((PyObject *)instance_dict(d), one, one), 0); // not a str
    Py_DECREF(one);
    assert_ptr_equal(instance_dict(a)->ma_keys, shared);
    assert_null(instance_dict(b)->ma_values);
    assert_null(instance_dict(c)->ma_values);
    assert_null(instance_dict(d)->ma_values);
    assert_keys(instance_dict(b), "['y', 'x']");
    assert_keys(instance_dict(c), "['y']");
    assert_keys(instance_dict(d), "['x', 1]");
    assert_keys(instance_dict(a), "['x', 'y']");
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    Py_DECREF(d);
    drop_class(cls);
}

static void
test_split_dicts_are_part_of_their_instance_until_exposed(void **state)
{
    (void)state;
    PyObject *cls = make_class("H", NULL, NULL);
    PyObject *a = call0(cls);
    PyObject *l = PyList_New(0);
    assert_int_equal(PyObject_SetAttrString(a, "items", l), 0);
    // A container value does not make the split dict tracked: a's traverse reaches it.
    assert_non_null(instance_dict(a)->ma_values);
    assert_false(PyObject_GC_IsTracked((PyObject *)instance_dict(a)));
    PyObject *d = getattr(a, "__dict__"); // exposed: an ordinary dict, tracked
    assert_null(((PyDictObject *)d)->ma_values);
    assert_true(PyObject_GC_IsTracked(d));
    assert_repr(d, "{'items': []}");
    Py_DECREF(d);
    Py_DECREF(l);
    Py_DECREF(a);
    drop_class(cls);
}

static void
test_a_full_shared_table_leaves_further_keys_to_combined_dicts(void **state)
{
    (void)state;
    PyObject *cls = make_class("R", NULL, NULL);
    RtDictKeys *shared = ((PyHeapTypeObject *)cls)->ht_cached_keys;
    PyObject *a = call0(cls);
    char name[16];
    for (long i = 0; i < 30; i++) {
        snprintf(name, sizeof name, "a%ld", i);
        set_attrs(a, name, i, NULL);
    }
    assert_ptr_equal(instance_dict(a)->ma_keys, shared);
    set_attrs(a, "overflow", 30L, NULL);
    assert_null(instance_dict(a)->ma_values);
    assert_int_equal(PyDict_GET_SIZE(instance_dict(a)), 31);
    PyObject *b = call0(cls);
    set_attrs(b, "a0", 0L, "a1", 1L, NULL); // the shared keys still serve new instances
    assert_ptr_equal(instance_dict(b)->ma_keys, shared);
    Py_DECREF(a);
    Py_DECREF(b);
    drop_class(cls);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_new_sets_name_qualname_module_and_dict),
        cmocka_unit_test(test_type_new_argument_errors_match_cpython),
        cmocka_unit_test(test_c3_mro_linearizes_a_diamond),
        cmocka_unit_test(test_inconsistent_mro_and_duplicate_bases_raise_cpython_errors),
        cmocka_unit_test(test_metaclass_conflict_is_a_type_error),
        cmocka_unit_test(test_version_tags_change_for_the_class_and_all_subclasses),
        cmocka_unit_test(test_subclasses_lists_direct_subclasses_until_they_die),
        cmocka_unit_test(test_setting_and_deleting_a_dunder_updates_the_slot_in_subclasses),
        cmocka_unit_test(test_eq_without_hash_makes_instances_unhashable),
        cmocka_unit_test(test_binary_operator_dispatches_to_dunder_and_reports_unsupported),
        cmocka_unit_test(test_list_subclass_keeps_lists_own_slots),
        cmocka_unit_test(test_subclasses_of_immutable_builtins_get_an_instance_dict),
        cmocka_unit_test(test_slots_make_member_descriptors_and_no_dict),
        cmocka_unit_test(test_property_classmethod_staticmethod_bind_as_cpython),
        cmocka_unit_test(test_super_looks_after_the_given_class_in_the_mro),
        cmocka_unit_test(test_class_getitem_calls_the_implicit_classmethod),
        cmocka_unit_test(test_instances_of_a_class_share_keys_and_entry_numbers),
        cmocka_unit_test(test_split_dicts_become_combined_only_when_they_must),
        cmocka_unit_test(test_split_dicts_are_part_of_their_instance_until_exposed),
        cmocka_unit_test(test_a_full_shared_table_leaves_further_keys_to_combined_dicts),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
