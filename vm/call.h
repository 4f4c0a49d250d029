// call.h: calling Python functions (call.c): binding arguments to a new frame's parameters
// exactly as CPython 3.11 does (positional, keyword, defaults, keyword-only, *args,
// **kwargs, positional-only) with its TypeError messages, and the vectorcall entry of
// function objects. The generic call of any object is the runtime's (runtime/call.h).
#ifndef KRAIT_VM_CALL_H
#define KRAIT_VM_CALL_H

#include "runtime/objects/func.h"
#include "vm/frame.h"

// Push a frame for func and bind its arguments: args[0 .. argcount) positional, then one
// value per name of kwnames (NULL or a tuple of str). The references in args are stolen,
// on failure too. locals is the namespace of a non-optimized code object (class bodies),
// else NULL. Returns the frame (not yet linked to the thread's current frame), or NULL with
// the binding error set and nothing left on the frame stack.
Frame *vm_push_function_frame(VmThreadState *vs, PyFunctionObject *func, PyObject *locals,
                              PyObject *const *args, Py_ssize_t argcount, PyObject *kwnames);

// Bind arguments into localsplus of a fresh frame for func (CPython's initialize_locals);
// same argument contract as vm_push_function_frame. 0, or -1 with a TypeError.
int vm_bind_arguments(PyFunctionObject *func, PyObject **localsplus, PyObject *const *args,
                      Py_ssize_t argcount, PyObject *kwnames);

// The vectorcall of every function object (installed as rt_function_vectorcall_hook):
// runs func in a new frame, entering the eval loop from C.
PyObject *vm_function_vectorcall(PyObject *func, PyObject *const *args, size_t nargsf,
                                 PyObject *kwnames);

// The builtins dict a frame of func uses: its own, or the builtins module's.
PyObject *vm_function_builtins(PyFunctionObject *func);

#endif
