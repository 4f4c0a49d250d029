// helpers_obj.c: the narrow helpers of the object fast paths (translate_attr.c,
// translate_obj.c): each does one specialized form's work behind guards the native code
// already checked, for the cases too long to emit inline. They mirror the interpreter's
// specialized bodies in vm/eval.c, whose guards decide the same way.
#include "jit/helpers.h"
#include "jit/translate.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/runtime.h"

int
jit_store_instance_value(PyObject *owner, PyObject *value, int64_t ix)
{
    PyTypeObject *type = Py_TYPE(owner);
    PyDictObject **dictptr = (PyDictObject **)((char *)owner + type->tp_dictoffset);
    RtDictKeys *shared = ((PyHeapTypeObject *)type)->ht_cached_keys;
    PyDictObject *dict = *dictptr;
    // As STORE_ATTR_INSTANCE_VALUE: replace entry ix, or add it as the next key (the shared
    // keys have it there), or create the split dict for it as its first key.
    if (dict == NULL ? ix != 0
                     : (dict->ma_values == NULL || dict->ma_keys != shared || ix > dict->ma_used))
        return 1;
    if (dict == NULL) {
        if ((dict = (PyDictObject *)rt_dict_new_split(shared)) == NULL)
            return -1;
        *dictptr = dict;
    }
    PyObject *old = dict->ma_values[ix];
    dict->ma_values[ix] = value;
    if (ix == dict->ma_used)
        dict->ma_used++;
    dict->ma_version = dict_next_version();
    Py_XDECREF(old); // may run arbitrary code: the dict is consistent by now
    return 0;
}

PyObject *
jit_dict_subscr(PyObject *d, PyObject *key)
{
    PyObject *v = PyDict_GetItemWithError(d, key);
    if (v == NULL) {
        if (!PyErr_Occurred())
            rt_dict_set_key_error(key);
        return NULL;
    }
    return Py_NewRef(v);
}
