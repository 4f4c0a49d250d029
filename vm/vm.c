// vm.c: the VM's entry points (vm.h): start-up, running module/exec/eval code and class
// bodies, and the state of the running frames that builtins and sys expose.
#include "runtime/objects/func.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/moduleobject.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/call.h"
#include "vm/eval.h"
#include "vm/frameobject.h"
#include "vm/genobject.h"
#include "vm/traceback.h"
#include "vm/vm.h"

static int vm_ready;

// rt_current_frame_hook: what super() and class creation need of the running frame.
static int
current_frame_view(RtFrameView *view)
{
    Frame *f = vm_tstate()->current_frame;
    if (f == NULL)
        return 0;
    view->code = f->code;
    view->localsplus = f->localsplus;
    view->globals = f->globals;
    return 1;
}

int
vm_init(void)
{
    if (vm_ready)
        return 0;
    // The vm layer's own types; the runtime's are readied by rt_runtime_init (state.c).
    static PyTypeObject *const vm_types[] = {
        &PyFrame_Type,
        &PyTraceBack_Type,
        &PyZip_Type,
        &PyMap_Type,
        &PyFilter_Type,
        &PyCallIter_Type,
        &PyGen_Type,
        &PyCoro_Type,
        &PyAsyncGen_Type,
        &VmCoroWrapper_Type,
        &VmAsyncGenASend_Type,
        &VmAsyncGenAThrow_Type,
        &VmAsyncGenWrappedValue_Type,
        &VmAnextAwaitable_Type,
    };
    for (size_t i = 0; i < sizeof vm_types / sizeof vm_types[0]; i++) {
        if (PyType_Ready(vm_types[i]) < 0) {
            PyErr_Clear();
            fprintf(stderr, "krait: cannot initialize the interpreter's types\n");
            return -1;
        }
    }
    rt_function_vectorcall_hook = vm_function_vectorcall;
    rt_current_frame_hook = current_frame_view;
    vm_sys_unraisable_init();
    vm_ready = 1;
    return 0;
}

void
vm_fini(void)
{
    if (!vm_ready)
        return;
    vm_tstate_fini(vm_tstate());
    vm_ready = 0;
}

// The builtins namespace that code running with `globals` sees: globals['__builtins__']
// (a module gives its dict), else the running frame's, else the builtins module's.
static PyObject *
builtins_for(PyObject *globals)
{
    PyObject *key = PyUnicode_InternFromString("__builtins__"); // immortal: no release
    if (key == NULL)
        return NULL;
    PyObject *b = PyDict_GetItemWithError(globals, key);
    if (b != NULL)
        return PyModule_Check(b) ? PyModule_GetDict(b) : b;
    if (PyErr_Occurred())
        return NULL;
    return vm_builtins();
}

PyObject *
vm_eval_code(PyCodeObject *co, PyObject *globals, PyObject *locals)
{
    if (!PyCode_Check(co) || globals == NULL || !PyDict_Check(globals)) {
        PyErr_SetString(PyExc_SystemError, "vm_eval_code: bad code object or globals");
        return NULL;
    }
    PyObject *builtins = builtins_for(globals);
    if (builtins == NULL)
        return NULL;
    VmThreadState *vs = vm_tstate();
    Frame *f = vm_frame_push(vs, NULL, co, globals, builtins, locals != NULL ? locals : globals);
    if (f == NULL)
        return NULL;
    return vm_eval_frame(vs, f);
}

PyObject *
vm_run_class_body(PyObject *func, PyObject *ns)
{
    if (!PyFunction_Check(func)) {
        PyErr_SetString(PyExc_SystemError, "vm_run_class_body: not a function");
        return NULL;
    }
    VmThreadState *vs = vm_tstate();
    Frame *f = vm_push_function_frame(vs, (PyFunctionObject *)func, ns, NULL, 0, NULL);
    if (f == NULL)
        return NULL;
    return vm_eval_frame(vs, f);
}

PyObject *
vm_builtins(void)
{
    Frame *f = vm_tstate()->current_frame;
    if (f != NULL)
        return f->builtins;
    PyObject *m = vm_builtins_module();
    if (m == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "no builtins module");
        return NULL;
    }
    return PyModule_GetDict(m);
}

PyObject *
vm_eval_get_globals(void)
{
    Frame *f = vm_tstate()->current_frame;
    return f != NULL ? f->globals : NULL;
}

PyObject *
vm_eval_get_locals(void)
{
    Frame *f = vm_tstate()->current_frame;
    if (f == NULL) {
        PyErr_SetString(PyExc_SystemError, "frame does not exist");
        return NULL;
    }
    return vm_frame_locals_dict(f);
}

PyObject *
vm_getframe(int depth)
{
    Frame *f = vm_tstate()->current_frame;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        depth--;
    }
    if (f == NULL) {
        PyErr_SetString(PyExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return Py_XNewRef(vm_frame_get_object(f));
}

PyObject *
vm_exc_info(void)
{
    return rt_state_handled_exception(rt_tstate());
}

void
vm_print_exception_to(PyObject *exc, FILE *out)
{
    vm_traceback_print_exception(exc, out);
}

void
vm_print_exception(PyObject *exc)
{
    vm_traceback_print_exception(exc, stderr);
}
