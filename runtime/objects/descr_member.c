// descr_member.c: reading and writing the C struct fields that PyMemberDef entries describe
// (CPython's structmember.c). The member_descriptor type that calls these is in descr.c.
#include <limits.h>
#include "runtime/runtime.h"
#include "runtime/objects/descr.h"

PyObject *
PyMember_GetOne(const char *obj, PyMemberDef *m)
{
    const char *addr = obj + m->offset;
    switch (m->type) {
    case T_BOOL: return PyBool_FromLong(*(const char *)addr);
    case T_BYTE: return PyLong_FromLong(*(const signed char *)addr);
    case T_UBYTE: return PyLong_FromUnsignedLong(*(const unsigned char *)addr);
    case T_SHORT: return PyLong_FromLong(*(const short *)addr);
    case T_USHORT: return PyLong_FromUnsignedLong(*(const unsigned short *)addr);
    case T_INT: return PyLong_FromLong(*(const int *)addr);
    case T_UINT: return PyLong_FromUnsignedLong(*(const unsigned int *)addr);
    case T_LONG: return PyLong_FromLong(*(const long *)addr);
    case T_ULONG: return PyLong_FromUnsignedLong(*(const unsigned long *)addr);
    case T_LONGLONG: return PyLong_FromLongLong(*(const long long *)addr);
    case T_ULONGLONG: return PyLong_FromUnsignedLongLong(*(const unsigned long long *)addr);
    case T_PYSSIZET: return PyLong_FromSsize_t(*(const Py_ssize_t *)addr);
    case T_FLOAT: return PyFloat_FromDouble(*(const float *)addr);
    case T_DOUBLE: return PyFloat_FromDouble(*(const double *)addr);
    case T_STRING: {
        const char *s = *(const char *const *)addr;
        return s != NULL ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
    }
    case T_STRING_INPLACE: return PyUnicode_FromString(addr);
    case T_CHAR: return PyUnicode_FromStringAndSize(addr, 1);
    case T_OBJECT: {
        PyObject *v = *(PyObject *const *)addr;
        return Py_NewRef(v != NULL ? v : Py_None);
    }
    case T_OBJECT_EX: {
        PyObject *v = *(PyObject *const *)addr;
        if (v == NULL) {
            PyErr_Format(PyExc_AttributeError, "'%.200s' object has no attribute '%s'",
                         Py_TYPE((PyObject *)obj)->tp_name, m->name);
            return NULL;
        }
        return Py_NewRef(v);
    }
    case T_NONE: return Py_NewRef(Py_None);
    default:
        PyErr_SetString(PyExc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

// The value of an integer member being stored, truncated to the field's width as CPython
// does (it only warns about the truncation). 0 or -1.
static int
integer_value(PyObject *v, long long *out)
{
    long long x = PyLong_AsLongLong(v);
    if (x == -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError) || !PyLong_Check(v))
            return -1;
        // Values up to 2**64 - 1 still fit the unsigned fields.
        PyErr_Clear();
        if (rt_int_sign(v) < 0) {
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        x = (long long)PyLong_AsUnsignedLongLongMask(v);
    }
    *out = x;
    return 0;
}

static int
set_number(char *addr, int type, PyObject *v)
{
    if (type == T_FLOAT || type == T_DOUBLE) {
        double d = PyFloat_AsDouble(v);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        if (type == T_FLOAT)
            *(float *)addr = (float)d;
        else
            *(double *)addr = d;
        return 0;
    }
    if (type == T_PYSSIZET) {
        Py_ssize_t n = PyLong_AsSsize_t(v);
        if (n == -1 && PyErr_Occurred())
            return -1;
        *(Py_ssize_t *)addr = n;
        return 0;
    }
    long long x;
    if (integer_value(v, &x) < 0)
        return -1;
    switch (type) {
    case T_BYTE: *(signed char *)addr = (signed char)x; break;
    case T_UBYTE: *(unsigned char *)addr = (unsigned char)x; break;
    case T_SHORT: *(short *)addr = (short)x; break;
    case T_USHORT: *(unsigned short *)addr = (unsigned short)x; break;
    case T_INT: *(int *)addr = (int)x; break;
    case T_UINT: *(unsigned int *)addr = (unsigned int)x; break;
    case T_LONG: *(long *)addr = (long)x; break;
    case T_ULONG: *(unsigned long *)addr = (unsigned long)x; break;
    case T_LONGLONG: *(long long *)addr = x; break;
    case T_ULONGLONG: *(unsigned long long *)addr = (unsigned long long)x; break;
    default:
        PyErr_Format(PyExc_SystemError, "bad memberdescr type");
        return -1;
    }
    return 0;
}

int
PyMember_SetOne(char *obj, PyMemberDef *m, PyObject *v)
{
    char *addr = obj + m->offset;
    if (m->flags & READONLY) {
        PyErr_SetString(PyExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (v == NULL) {
        if (m->type == T_OBJECT_EX) {
            if (*(PyObject **)addr == NULL) {
                PyErr_SetString(PyExc_AttributeError, m->name);
                return -1;
            }
        }
        else if (m->type != T_OBJECT) {
            PyErr_SetString(PyExc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
    }
    switch (m->type) {
    case T_OBJECT:
    case T_OBJECT_EX: {
        PyObject *old = *(PyObject **)addr;
        *(PyObject **)addr = Py_XNewRef(v);
        Py_XDECREF(old);
        return 0;
    }
    case T_BOOL:
        if (!PyBool_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = v == Py_True;
        return 0;
    case T_CHAR: {
        Py_ssize_t len;
        const char *s = PyUnicode_Check(v) ? PyUnicode_AsUTF8AndSize(v, &len) : NULL;
        if (s == NULL || len != 1) {
            if (s != NULL || !PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        *addr = s[0];
        return 0;
    }
    case T_STRING:
    case T_STRING_INPLACE:
        PyErr_SetString(PyExc_TypeError, "readonly attribute");
        return -1;
    case T_NONE:
        PyErr_Format(PyExc_SystemError, "bad memberdescr type for %s", m->name);
        return -1;
    default:
        return set_number(addr, m->type, v);
    }
}
