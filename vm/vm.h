// vm.h: the VM layer's public header: starting the VM, running code, the state of the
// running frames (for builtins such as globals() and sys._getframe) and printing uncaught
// exceptions. Interpreter internals are in eval.h, frame.h, call.h, ops.h and traceback.h.
#ifndef KRAIT_VM_VM_H
#define KRAIT_VM_VM_H

#include <stdio.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"

// Start the VM after rt_runtime_init: ready its types (function, cell, method, frame,
// traceback), install the function-call hook, set up the main thread's frame stack and C
// stack guard. Idempotent. 0, or -1 with a message on stderr.
int vm_init(void);

// Release what vm_init and the running made (frame stack chunks, cached names), so leak
// checkers see a clean exit; call before rt_runtime_fini.
void vm_fini(void);

// Run a module, exec or eval code object: globals must be a dict, locals any mapping (NULL:
// globals). Builtins are globals['__builtins__'] (a dict or module) if present, else those
// of the running frame, else the builtins module's. Returns the result (new reference), or
// NULL with the exception set (and its traceback).
PyObject *vm_eval_code(PyCodeObject *co, PyObject *globals, PyObject *locals);

// Run a class body: the function `func` (made by the class statement) with the namespace
// `ns` as its locals. Returns the body's result (the __class__ cell or None), or NULL.
PyObject *vm_run_class_body(PyObject *func, PyObject *ns);

// The builtins dict of the running frame, else the builtins module's dict (borrowed;
// NULL with SystemError if neither exists yet).
PyObject *vm_builtins(void);

// The running frame's globals (borrowed), or NULL (no error set) when no frame runs.
PyObject *vm_eval_get_globals(void);

// The running frame's locals as locals() returns them: the namespace of a module or class
// body, or a dict snapshot of a function's variables. New reference, or NULL with
// SystemError when no frame runs.
PyObject *vm_eval_get_locals(void);

// sys._getframe(depth): the frame object `depth` calls up (new reference), or NULL with
// ValueError "call stack is not deep enough".
PyObject *vm_getframe(int depth);

// The exception being handled (sys.exception(), sys.exc_info()[1]): borrowed, NULL when
// none.
PyObject *vm_exc_info(void);

// Print exc (an exception instance) with its traceback and chained exceptions exactly as
// CPython 3.11's default excepthook does, to stderr / to `out`. Never fails (errors while
// printing are swallowed). stdout is flushed first.
void vm_print_exception(PyObject *exc);
void vm_print_exception_to(PyObject *exc, FILE *out);

// ---- provided by vm/builtins.c (the builtins engineer) ----------------------------------

// The builtins module (borrowed), created on first use.
PyObject *vm_builtins_module(void);

#endif
