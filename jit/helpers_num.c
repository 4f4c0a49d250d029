// helpers_num.c: the numeric tier's helpers (helpers.def): small C functions that native
// code calls where inline IR would cost more to compile than it saves at run time.
#include "jit/helpers.h"
#include "jit/translate.h"

PyObject *
jit_box_number(int kind, int64_t i, double f)
{
    return kind == LOCAL_INT ? PyLong_FromLongLong(i) : PyFloat_FromDouble(f);
}
