// method_tables.h: the method tables of built-in types whose methods live in a file of
// their own, hooked into the type objects by the type's file: bytes (bytes_methods.c), dict
// (dict_methods.c), set (set_methods.c), float (float_methods.c), str (str_methods.c) and the
// exceptions (exc_attrs.c). Other types keep theirs static in their own file.
#ifndef KRAIT_RUNTIME_METHOD_TABLES_H
#define KRAIT_RUNTIME_METHOD_TABLES_H

#include "runtime/objects/descr.h"

// bytes' methods (bytes_methods.c).
extern PyMethodDef rt_bytes_methods[];

// dict's methods (get, keys, update, fromkeys ...).
extern PyMethodDef rt_dict_methods[];

// set's and frozenset's methods, and set_iterator's (set_methods.c).
extern PyMethodDef rt_set_methods[];
extern PyMethodDef rt_frozenset_methods[];
extern PyMethodDef rt_set_iterator_methods[];

// float's methods and getsets (float_methods.c).
extern PyMethodDef rt_float_methods[];
extern PyGetSetDef rt_float_getsets[];

// str's methods (join, split, strip, find, upper ...).
extern PyMethodDef rt_str_methods[];

// BaseException's attributes (args, __traceback__, __context__, __cause__, with_traceback,
// add_note ...), and the fields of the exception layouts with extra state, one table per
// layout of exc.def (NULL-terminated; Base has none).
extern PyGetSetDef rt_exc_base_getsets[];
extern PyMemberDef rt_exc_base_members[];
extern PyMethodDef rt_exc_base_methods[];
extern PyMemberDef rt_exc_systemexit_members[];
extern PyMemberDef rt_exc_stopiteration_members[];
extern PyMemberDef rt_exc_name_members[];
extern PyMemberDef rt_exc_attribute_members[];
extern PyMemberDef rt_exc_import_members[];
extern PyMemberDef rt_exc_oserror_members[];
extern PyGetSetDef rt_exc_oserror_getsets[];
extern PyMemberDef rt_exc_syntaxerror_members[];
extern PyMemberDef rt_exc_unicode_members[];
extern PyMemberDef rt_exc_group_members[];
extern PyMethodDef rt_exc_group_methods[]; // exc_group.c

#endif
