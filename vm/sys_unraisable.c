// sys_unraisable.c: exceptions that cannot be raised (from __del__, weak reference callbacks,
// atexit callbacks, a generator closed by the collector) go to sys.unraisablehook as CPython
// 3.11 sends them: one UnraisableHookArgs (exc_type, exc_value, exc_traceback, err_msg,
// object) per exception. The default hook, sys.__unraisablehook__, prints
// "Exception ignored in: <object>" and the exception; a hook that raises is reported the same
// way as "Exception ignored in sys.unraisablehook: <hook>".
#include "runtime/objects/structseq.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/traceback.h"

static PyStructSequence_Field hook_args_fields[] = {
    {"exc_type", "Exception type"},
    {"exc_value", "Exception value"},
    {"exc_traceback", "Exception traceback"},
    {"err_msg", "Error message"},
    {"object", "Object causing the exception"},
    {NULL, NULL},
};

static PyStructSequence_Desc hook_args_desc = {
    "UnraisableHookArgs",
    "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    hook_args_fields,
    5,
};

static PyTypeObject HookArgsType;

// What the default hook writes: the message line, then the exception.
static void
write_unraisable(PyObject *type, PyObject *value, PyObject *tb, PyObject *err_msg, PyObject *obj)
{
    FILE *out = stderr;
    vm_sys_flush_std(); // what Python code printed comes first
    if (obj != NULL && obj != Py_None) {
        if (err_msg != NULL && err_msg != Py_None && PyUnicode_Check(err_msg))
            fprintf(out, "%s: ", PyUnicode_AsUTF8(err_msg));
        else
            fputs("Exception ignored in: ", out);
        PyObject *r = PyObject_Repr(obj);
        const char *text = r != NULL ? PyUnicode_AsUTF8(r) : NULL;
        if (text == NULL) {
            PyErr_Clear();
            text = "<object repr() failed>";
        }
        fprintf(out, "%s\n", text);
        Py_XDECREF(r);
    } else if (err_msg != NULL && err_msg != Py_None && PyUnicode_Check(err_msg)) {
        fprintf(out, "%s:\n", PyUnicode_AsUTF8(err_msg));
    }
    vm_traceback_print_unraisable(out, type, value, tb);
    PyErr_Clear();
}

// sys.__unraisablehook__(unraisable)
static PyObject *
sys_unraisablehook(PyObject *self, PyObject *args)
{
    if (!Py_IS_TYPE(args, &HookArgsType)) {
        PyErr_SetString(PyExc_TypeError,
                        "sys.unraisablehook argument type must be UnraisableHookArgs");
        return NULL;
    }
    PyObject *f[5];
    for (int i = 0; i < 5; i++)
        f[i] = PyStructSequence_GetItem(args, i);
    write_unraisable(f[0], f[1], f[2], f[3], f[4]);
    Py_RETURN_NONE;
}

PyMethodDef vm_sys_unraisablehook_def = {
    "unraisablehook", sys_unraisablehook, METH_O,
    "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe "
    "unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* "
    "exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be "
    "None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, "
    "can be None."};

// An UnraisableHookArgs for exc (borrowed), or NULL with an error.
static PyObject *
make_hook_args(PyObject *exc, PyObject *err_msg, PyObject *obj)
{
    if (!PyType_HasFeature(&HookArgsType, Py_TPFLAGS_READY) &&
        PyStructSequence_InitType2(&HookArgsType, &hook_args_desc) < 0)
        return NULL;
    PyObject *args = PyStructSequence_New(&HookArgsType);
    if (args == NULL)
        return NULL;
    PyObject *tb = PyException_GetTraceback(exc);
    PyStructSequence_SetItem(args, 0, Py_NewRef(Py_TYPE(exc)));
    PyStructSequence_SetItem(args, 1, Py_NewRef(exc));
    PyStructSequence_SetItem(args, 2, tb != NULL ? tb : Py_NewRef(Py_None));
    PyStructSequence_SetItem(args, 3, Py_NewRef(err_msg != NULL ? err_msg : Py_None));
    PyStructSequence_SetItem(args, 4, Py_NewRef(obj != NULL ? obj : Py_None));
    return args;
}

// Report exc with the default hook's output.
static void
write_default(PyObject *exc, PyObject *err_msg, PyObject *obj)
{
    PyObject *tb = PyException_GetTraceback(exc);
    write_unraisable((PyObject *)Py_TYPE(exc), exc, tb, err_msg, obj);
    Py_XDECREF(tb);
}

// Call a user's sys.unraisablehook: 0, or -1 with the error it raised.
static int
call_hook(PyObject *hook, PyObject *exc, PyObject *err_msg, PyObject *obj)
{
    PyObject *args = make_hook_args(exc, err_msg, obj);
    if (args == NULL)
        return -1;
    PyObject *r = PyObject_CallOneArg(hook, args);
    Py_DECREF(args);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

// rt_unraisable_hook: hand exc to sys.unraisablehook (the default one is called directly).
static void
report_unraisable(PyObject *exc, const char *err_msg_text, PyObject *obj)
{
    PyObject *err_msg = NULL;
    if (err_msg_text != NULL) {
        err_msg = PyUnicode_FromFormat("Exception ignored %s", err_msg_text);
        if (err_msg == NULL)
            PyErr_Clear();
    }
    PyObject *hook = vm_sys_get("unraisablehook");
    PyObject *default_hook = vm_sys_get("__unraisablehook__");
    if (hook == NULL || hook == Py_None || hook == default_hook) {
        write_default(exc, err_msg, obj);
    } else {
        Py_INCREF(hook); // the hook may replace itself
        if (call_hook(hook, exc, err_msg, obj) < 0) {
            PyObject *failure = PyErr_GetRaisedException();
            PyObject *msg = PyUnicode_FromString("Exception ignored in sys.unraisablehook");
            if (failure != NULL && msg != NULL)
                write_default(failure, msg, hook);
            Py_XDECREF(msg);
            Py_XDECREF(failure);
        }
        Py_DECREF(hook);
    }
    Py_XDECREF(err_msg);
    PyErr_Clear();
}

void
vm_sys_unraisable_init(void)
{
    rt_unraisable_hook = report_unraisable;
}
