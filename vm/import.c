// import.c: the import system: sys.modules, the table of built-in modules, finding `name`.py
// and packages (`name`/__init__.py) on sys.path and on a package's __path__, executing a
// module's code in its namespace (partially initialized modules stay visible for circular
// imports, as in importlib), dotted and relative names, and the fromlist rules of
// __import__. `from m import x` itself is the IMPORT_FROM instruction's (ops_import.c).
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "frontend/ast.h"
#include "frontend/compile.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/weakref.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/vm.h"

static PyObject *modules; // sys.modules
static const VmBuiltinModule *extra_modules;

PyObject *
vm_import_modules(void)
{
    if (modules == NULL)
        modules = PyDict_New();
    return modules;
}

void
vm_import_set_builtin_modules(const VmBuiltinModule *table)
{
    extra_modules = table;
}

// ---- teardown -----------------------------------------------------------------------------
// At exit modules go in CPython 3.11's order (finalize_modules), so that destructors see what
// they would see there: sys.modules is emptied first and the builtins restored, then a
// collection finalizes what only modules kept alive (globals still intact); only modules
// that are still alive after that have their namespaces wiped, newest first.

// Names that keep much alive or that teardown must not use: None (sys.* as CPython's
// finalize_modules_delete_special); the standard streams are put back.
static void
delete_special_names(void)
{
    static const char *const sys_names[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__",
    };
    static const char *const streams[][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    PyObject *builtins = PyModule_GetDict(vm_builtins_module());
    if (PyDict_GetItemString(builtins, "_") != NULL &&
        PyDict_SetItemString(builtins, "_", Py_None) < 0)
        PyErr_WriteUnraisable(NULL);
    PyObject *sys = PyModule_GetDict(vm_sys_module());
    for (size_t i = 0; i < sizeof sys_names / sizeof sys_names[0]; i++) {
        if (PyDict_SetItemString(sys, sys_names[i], Py_None) < 0)
            PyErr_WriteUnraisable(NULL);
    }
    for (size_t i = 0; i < sizeof streams / sizeof streams[0]; i++) {
        PyObject *original = PyDict_GetItemString(sys, streams[i][1]);
        if (original != NULL && PyDict_SetItemString(sys, streams[i][0], original) < 0)
            PyErr_WriteUnraisable(NULL);
    }
}

// A list of (name, weak reference) for every module in sys.modules, in import order, and
// sys.modules emptied: a new reference, or NULL (error reported) when it cannot be made.
static PyObject *
remove_modules(void)
{
    PyObject *weaklist = PyList_New(0);
    if (weaklist == NULL)
        PyErr_WriteUnraisable(NULL);
    Py_ssize_t pos = 0;
    PyObject *name, *m;
    while (weaklist != NULL && PyDict_Next(modules, &pos, &name, &m)) {
        if (!PyModule_Check(m))
            continue;
        PyObject *wr = PyWeakref_NewRef(m, NULL);
        PyObject *entry = wr != NULL ? PyTuple_Pack(2, name, wr) : NULL;
        if (entry == NULL || PyList_Append(weaklist, entry) < 0)
            PyErr_WriteUnraisable(NULL);
        Py_XDECREF(entry);
        Py_XDECREF(wr);
    }
    PyDict_Clear(modules);
    return weaklist;
}

// Wipe a module's namespace as CPython's _PyModule_ClearDict: names with one leading
// underscore become None first (so that, say, a module's private helpers outlive its
// public objects' destructors less often), then every name but __builtins__.
static void
clear_module_dict(PyObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(d, &pos, &key, &value)) {
            if (value == Py_None || !PyUnicode_Check(key))
                continue;
            Py_ssize_t n = PyUnicode_GET_LENGTH(key);
            Py_UCS4 c0 = n > 0 ? PyUnicode_READ_CHAR(key, 0) : 0;
            Py_UCS4 c1 = n > 1 ? PyUnicode_READ_CHAR(key, 1) : 0;
            int wipe = pass == 0 ? c0 == '_' && c1 != '_'
                                 : !rt_str_equal_ascii(key, "__builtins__");
            if (wipe && PyDict_SetItem(d, key, Py_None) < 0)
                PyErr_WriteUnraisable(NULL);
        }
    }
}

// Wipe the modules that survived the collection, newest first (sys and builtins last, by
// the caller).
static void
clear_surviving_modules(PyObject *weaklist)
{
    PyObject *builtins = PyModule_GetDict(vm_builtins_module());
    PyObject *sys = PyModule_GetDict(vm_sys_module());
    for (Py_ssize_t i = PyList_GET_SIZE(weaklist) - 1; i >= 0; i--) {
        PyObject *m = PyWeakref_GetObject(PyTuple_GET_ITEM(PyList_GET_ITEM(weaklist, i), 1));
        if (m == Py_None || !PyModule_Check(m))
            continue;
        PyObject *d = PyModule_GetDict(m);
        if (d == builtins || d == sys)
            continue;
        Py_INCREF(m);
        clear_module_dict(d);
        Py_DECREF(m);
    }
}

static int finalizing;

int
vm_import_finalizing(void)
{
    return finalizing;
}

void
vm_import_fini(void)
{
    if (modules == NULL)
        return;
    finalizing = 1;
    delete_special_names();
    PyObject *weaklist = remove_modules();
    vm_builtins_restore();
    rt_gc_collect(RT_GC_GENERATIONS - 1);
    if (weaklist != NULL) {
        clear_surviving_modules(weaklist);
        Py_DECREF(weaklist);
    }
    PyErr_Clear();
    Py_CLEAR(modules);
}

// ---- module objects ---------------------------------------------------------------------------

// module.__spec__: a namespace with importlib's ModuleSpec attributes.
static PyObject *
make_spec(PyObject *name, PyObject *origin, int is_package)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
    PyObject *parent = NULL;
    Py_ssize_t dot = PyUnicode_GET_LENGTH(name);
    while (dot > 0 && PyUnicode_READ_CHAR(name, dot - 1) != '.')
        dot--;
    parent = is_package ? Py_NewRef(name)
                        : PyUnicode_Substring(name, 0, dot > 0 ? dot - 1 : 0);
    int err = parent == NULL || PyDict_SetItemString(d, "name", name) < 0 ||
              PyDict_SetItemString(d, "loader", Py_None) < 0 ||
              PyDict_SetItemString(d, "origin", origin) < 0 ||
              PyDict_SetItemString(d, "has_location", PyUnicode_Check(origin) &&
                                                          !rt_str_equal_ascii(origin, "built-in")
                                                          ? Py_True
                                                          : Py_False) < 0 ||
              PyDict_SetItemString(d, "parent", parent) < 0 ||
              PyDict_SetItemString(d, "_initializing", Py_False) < 0;
    Py_XDECREF(parent);
    PyObject *spec = err ? NULL : rt_namespace_new(d);
    Py_DECREF(d);
    return spec;
}

static int
set_initializing(PyObject *spec, int flag)
{
    return PyObject_SetAttrString(spec, "_initializing", flag ? Py_True : Py_False);
}

// A built-in module by name, made on first import: a new reference, or NULL with no error
// when there is no such built-in module.
static PyObject *
load_builtin(PyObject *name)
{
    PyObject *m = NULL;
    if (rt_str_equal_ascii(name, "builtins")) {
        m = Py_XNewRef(vm_builtins_module());
    } else if (rt_str_equal_ascii(name, "sys")) {
        m = Py_XNewRef(vm_sys_module());
    } else {
        PyObject *(*init)(void) = NULL;
        for (const VmBuiltinModule *b = extra_modules; b != NULL && b->name != NULL; b++) {
            if (rt_str_equal_ascii(name, b->name))
                init = b->init;
        }
        if (init == NULL)
            return NULL;
        m = init();
    }
    if (m == NULL)
        return NULL;
    PyObject *origin = PyUnicode_FromString("built-in");
    PyObject *spec = origin ? make_spec(name, origin, 0) : NULL;
    Py_XDECREF(origin);
    if (spec == NULL || PyObject_SetAttrString(m, "__spec__", spec) < 0 ||
        PyDict_SetItem(modules, name, m) < 0) {
        Py_XDECREF(spec);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(spec);
    return m;
}

// The whole file as bytes (NUL-terminated), or NULL with OSError (errno) set.
static char *
read_file(const char *path, Py_ssize_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    }
    size_t cap = 4096, n = 0, got;
    char *buf = PyMem_Malloc(cap);
    while (buf != NULL && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *nb = PyMem_Realloc(buf, cap * 2);
            if (nb == NULL)
                PyMem_Free(buf);
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    buf[n] = '\0';
    *len = (Py_ssize_t)n;
    return buf;
}

// Compile and run source as the body of module m (its dict is globals and locals).
static int
exec_source(PyObject *m, const char *src, Py_ssize_t n, const char *filename)
{
    PyCodeObject *co = fe_compile_source(src, n, filename, MOD_MODULE);
    if (co == NULL)
        return -1;
    PyObject *d = PyModule_GetDict(m);
    PyObject *r = vm_eval_code(co, d, d);
    Py_DECREF(co);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

// Fill the namespace of a module made from a file.
static int
init_file_module(PyObject *m, PyObject *name, PyObject *path, PyObject *dir, int is_package,
                 PyObject *spec)
{
    PyObject *d = PyModule_GetDict(m);
    PyObject *pkg = NULL, *pathlist = NULL;
    if (is_package) {
        pkg = Py_NewRef(name);
        pathlist = PyList_New(1);
        if (pathlist == NULL)
            goto fail;
        PyList_SET_ITEM(pathlist, 0, Py_NewRef(dir));
        if (PyDict_SetItemString(d, "__path__", pathlist) < 0)
            goto fail;
    } else {
        pkg = PyObject_GetAttrString(spec, "parent");
    }
    if (pkg == NULL || PyDict_SetItemString(d, "__package__", pkg) < 0 ||
        PyDict_SetItemString(d, "__spec__", spec) < 0 ||
        PyDict_SetItemString(d, "__file__", path) < 0 ||
        PyDict_SetItemString(d, "__cached__", Py_None) < 0 ||
        PyDict_SetItemString(d, "__builtins__", PyModule_GetDict(vm_builtins_module())) < 0)
        goto fail;
    Py_DECREF(pkg);
    Py_XDECREF(pathlist);
    return 0;
fail:
    Py_XDECREF(pkg);
    Py_XDECREF(pathlist);
    return -1;
}

// Load the module `name` from the file at path (a package when is_package, whose directory
// is dir): in sys.modules while it runs, removed again if it fails. Returns the module then
// in sys.modules (the module may have replaced itself).
static PyObject *
load_source(PyObject *name, PyObject *path, PyObject *dir, int is_package)
{
    PyObject *m = PyModule_NewObject(name);
    if (m == NULL)
        return NULL;
    PyObject *spec = make_spec(name, path, is_package);
    if (spec == NULL || init_file_module(m, name, path, dir, is_package, spec) < 0 ||
        PyDict_SetItem(modules, name, m) < 0) {
        Py_XDECREF(spec);
        Py_DECREF(m);
        return NULL;
    }
    Py_ssize_t n;
    char *src = NULL;
    const char *cpath = PyUnicode_AsUTF8(path);
    int ok = cpath != NULL && set_initializing(spec, 1) == 0 &&
             (src = read_file(cpath, &n)) != NULL && exec_source(m, src, n, cpath) == 0;
    PyMem_Free(src);
    Py_DECREF(m);
    PyObject *exc = PyErr_GetRaisedException();
    set_initializing(spec, 0);
    PyErr_Clear();
    Py_DECREF(spec);
    if (!ok) {
        if (PyDict_DelItem(modules, name) < 0)
            PyErr_Clear();
        PyErr_SetRaisedException(exc);
        return NULL;
    }
    PyErr_SetRaisedException(exc);
    PyObject *r = PyDict_GetItemWithError(modules, name);
    if (r == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_KeyError, "%R", name);
    return Py_XNewRef(r);
}

// ---- finding ----------------------------------------------------------------------------------

static int
is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

// "dir/name" (or "name" for the empty dir, the current directory, as CPython shows it).
static PyObject *
join_path(PyObject *dir, PyObject *name, const char *suffix)
{
    if (PyUnicode_GET_LENGTH(dir) == 0)
        return PyUnicode_FromFormat("%U%s", name, suffix);
    return PyUnicode_FromFormat("%U/%U%s", dir, name, suffix);
}

// Look for base (the last part of fullname) in the directories of `path` (a list): load it
// and return it, NULL with no error when it is not there.
static PyObject *
find_in_path(PyObject *fullname, PyObject *base, PyObject *path)
{
    for (Py_ssize_t i = 0; path != NULL && i < PyList_GET_SIZE(path); i++) {
        PyObject *dir = PyList_GET_ITEM(path, i);
        if (!PyUnicode_Check(dir))
            continue;
        PyObject *pkgdir = join_path(dir, base, "");
        PyObject *init = pkgdir ? PyUnicode_FromFormat("%U/__init__.py", pkgdir) : NULL;
        if (init == NULL) {
            Py_XDECREF(pkgdir);
            return NULL;
        }
        PyObject *r = NULL;
        const char *c = PyUnicode_AsUTF8(init);
        if (c != NULL && is_file(c))
            r = load_source(fullname, init, pkgdir, 1);
        Py_DECREF(init);
        Py_DECREF(pkgdir);
        if (r != NULL || PyErr_Occurred())
            return r;
        PyObject *file = join_path(dir, base, ".py");
        if (file == NULL)
            return NULL;
        c = PyUnicode_AsUTF8(file);
        if (c != NULL && is_file(c))
            r = load_source(fullname, file, dir, 0);
        Py_DECREF(file);
        if (r != NULL || PyErr_Occurred())
            return r;
    }
    return NULL;
}

static void
module_not_found(PyObject *fullname, PyObject *msg)
{
    if (msg == NULL)
        return;
    PyErr_SetObject(PyExc_ModuleNotFoundError, msg);
    Py_DECREF(msg);
    PyObject *exc = rt_tstate()->current_exception;
    if (exc != NULL && PyErr_GivenExceptionMatches(exc, PyExc_ImportError))
        Py_XSETREF(((PyImportErrorObject *)exc)->name, Py_NewRef(fullname));
}

// Import one module whose parent package (if any) is already imported: sys.modules, then
// the built-in table (top level only), then the files.
static PyObject *
find_and_load(PyObject *fullname)
{
    PyObject *m = PyDict_GetItemWithError(modules, fullname);
    if (m != NULL || PyErr_Occurred())
        return Py_XNewRef(m);
    Py_ssize_t n = PyUnicode_GET_LENGTH(fullname), dot = n;
    while (dot > 0 && PyUnicode_READ_CHAR(fullname, dot - 1) != '.')
        dot--;
    if (dot == 0) {
        m = load_builtin(fullname);
        if (m != NULL || PyErr_Occurred())
            return m;
        PyObject *path = vm_sys_get("path");
        m = find_in_path(fullname, fullname, path != NULL && PyList_Check(path) ? path : NULL);
        if (m == NULL && !PyErr_Occurred())
            module_not_found(fullname, PyUnicode_FromFormat("No module named %R", fullname));
        return m;
    }
    PyObject *parent_name = PyUnicode_Substring(fullname, 0, dot - 1);
    PyObject *base = PyUnicode_Substring(fullname, dot, n);
    PyObject *parent = parent_name ? PyDict_GetItemWithError(modules, parent_name) : NULL;
    PyObject *path = NULL;
    if (parent != NULL && rt_object_lookup_attr(parent, PyUnicode_InternFromString("__path__"),
                                                &path) < 0)
        goto done;
    if (path == NULL) {
        if (!PyErr_Occurred())
            module_not_found(fullname, PyUnicode_FromFormat("No module named %R; %R is not a "
                                                            "package",
                                                            fullname, parent_name));
        goto done;
    }
    m = find_in_path(fullname, base, PyList_Check(path) ? path : NULL);
    if (m == NULL && !PyErr_Occurred())
        module_not_found(fullname, PyUnicode_FromFormat("No module named %R", fullname));
    if (m != NULL && PyObject_SetAttr(parent, base, m) < 0)
        Py_CLEAR(m);
done:
    Py_XDECREF(path);
    Py_XDECREF(parent_name);
    Py_XDECREF(base);
    return m;
}

// Import every package along a dotted name, then the module itself (new reference).
static PyObject *
import_dotted(PyObject *name)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(name);
    PyObject *m = NULL;
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i < n && PyUnicode_READ_CHAR(name, i) != '.')
            continue;
        PyObject *prefix = i == n ? Py_NewRef(name) : PyUnicode_Substring(name, 0, i);
        if (prefix == NULL) {
            Py_XDECREF(m);
            return NULL;
        }
        Py_XSETREF(m, find_and_load(prefix));
        Py_DECREF(prefix);
        if (m == NULL)
            return NULL;
    }
    return m;
}

// ---- __import__ -------------------------------------------------------------------------------

// The package that a relative import in `globals` starts from: __package__, else derived from
// __name__ (itself for a package, its parent otherwise). New reference or NULL.
static PyObject *
calc_package(PyObject *globals)
{
    PyObject *pkg = globals ? PyDict_GetItemString(globals, "__package__") : NULL;
    if (pkg != NULL && pkg != Py_None) {
        if (!PyUnicode_Check(pkg)) {
            PyErr_SetString(PyExc_TypeError, "package must be a string");
            return NULL;
        }
        return Py_NewRef(pkg);
    }
    PyObject *name = globals ? PyDict_GetItemString(globals, "__name__") : NULL;
    if (name == NULL || !PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    if (PyDict_GetItemString(globals, "__path__") != NULL)
        return Py_NewRef(name);
    Py_ssize_t dot = PyUnicode_GET_LENGTH(name);
    while (dot > 0 && PyUnicode_READ_CHAR(name, dot - 1) != '.')
        dot--;
    return PyUnicode_Substring(name, 0, dot > 0 ? dot - 1 : 0);
}

// The absolute name of a relative import of `name` at `level` (importlib's _resolve_name).
static PyObject *
resolve_name(PyObject *name, PyObject *globals, int level)
{
    PyObject *pkg = calc_package(globals);
    if (pkg == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(pkg) == 0) {
        Py_DECREF(pkg);
        PyErr_SetString(PyExc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    Py_ssize_t end = PyUnicode_GET_LENGTH(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && PyUnicode_READ_CHAR(pkg, end - 1) != '.')
            end--;
        if (end == 0) {
            Py_DECREF(pkg);
            PyErr_SetString(PyExc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    PyObject *base = PyUnicode_Substring(pkg, 0, end);
    Py_DECREF(pkg);
    if (base == NULL || PyUnicode_GET_LENGTH(name) == 0)
        return base;
    PyObject *r = PyUnicode_FromFormat("%U.%U", base, name);
    Py_DECREF(base);
    return r;
}

// `from package import x` may name submodules: import those not yet attributes.
static int
handle_fromlist(PyObject *module, PyObject *fromlist, int recursive)
{
    PyObject *path = NULL, *mname = NULL;
    if (rt_object_lookup_attr(module, PyUnicode_InternFromString("__path__"), &path) <= 0)
        return PyErr_Occurred() ? -1 : 0;
    Py_DECREF(path);
    PyObject *seq = PySequence_Fast(fromlist, "Item in from list must be str");
    if (seq == NULL)
        return -1;
    int r = 0;
    for (Py_ssize_t i = 0; r == 0 && i < PySequence_Fast_GET_SIZE(seq); i++) {
        PyObject *x = PySequence_Fast_ITEMS(seq)[i], *v = NULL;
        if (!PyUnicode_Check(x)) {
            PyErr_Format(PyExc_TypeError, "Item in %s must be str, not %.100s",
                         recursive ? "__all__" : "from list", Py_TYPE(x)->tp_name);
            r = -1;
        } else if (rt_str_equal_ascii(x, "*")) {
            PyObject *all = NULL;
            if (!recursive && rt_object_lookup_attr(module, PyUnicode_InternFromString("__all__"),
                                                    &all) > 0)
                r = handle_fromlist(module, all, 1);
            Py_XDECREF(all);
        } else if ((r = rt_object_lookup_attr(module, x, &v)) == 0) {
            if (mname == NULL)
                mname = PyObject_GetAttrString(module, "__name__");
            PyObject *sub = mname ? PyUnicode_FromFormat("%S.%U", mname, x) : NULL;
            PyObject *m = sub ? import_dotted(sub) : NULL;
            // A missing submodule is not an error here: IMPORT_FROM reports the name.
            if (m == NULL && PyErr_ExceptionMatches(PyExc_ModuleNotFoundError))
                PyErr_Clear();
            r = PyErr_Occurred() ? -1 : 0;
            Py_XDECREF(m);
            Py_XDECREF(sub);
        } else {
            r = r < 0 ? -1 : 0;
        }
        Py_XDECREF(v);
    }
    Py_XDECREF(mname);
    Py_DECREF(seq);
    return r;
}

PyObject *
vm_import_module_level(PyObject *name, PyObject *globals, PyObject *fromlist, int level)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "module name must be str, not %.100s", Py_TYPE(name)->tp_name);
        return NULL;
    }
    if (level < 0) {
        PyErr_SetString(PyExc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (vm_import_modules() == NULL)
        return NULL;
    PyObject *absname = level > 0 ? resolve_name(name, globals, level) : Py_NewRef(name);
    if (absname == NULL)
        return NULL;
    if (PyUnicode_GET_LENGTH(absname) == 0) {
        Py_DECREF(absname);
        PyErr_SetString(PyExc_ValueError, "Empty module name");
        return NULL;
    }
    PyObject *m = import_dotted(absname);
    if (m == NULL) {
        Py_DECREF(absname);
        return NULL;
    }
    int has_from = fromlist != NULL && fromlist != Py_None && PyObject_IsTrue(fromlist) == 1;
    if (has_from) {
        if (handle_fromlist(m, fromlist, 0) < 0)
            Py_CLEAR(m);
        Py_DECREF(absname);
        return m;
    }
    // `import a.b.c` binds a: return the top of the dotted name as it was written.
    Py_ssize_t n = PyUnicode_GET_LENGTH(name), first = 0;
    while (first < n && PyUnicode_READ_CHAR(name, first) != '.')
        first++;
    if (level == 0 && first == n) {
        Py_DECREF(absname);
        return m;
    }
    if (level > 0 && n == 0) {
        Py_DECREF(absname);
        return m;
    }
    Py_ssize_t cut = n - first;
    PyObject *top = PyUnicode_Substring(absname, 0, PyUnicode_GET_LENGTH(absname) - cut);
    Py_DECREF(absname);
    Py_DECREF(m);
    if (top == NULL)
        return NULL;
    m = PyDict_GetItemWithError(modules, top);
    if (m == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_KeyError, "%R not in sys.modules as expected", top);
    Py_DECREF(top);
    return Py_XNewRef(m);
}

PyObject *
vm_import(const char *name)
{
    PyObject *s = PyUnicode_FromString(name);
    if (s == NULL || vm_import_modules() == NULL) {
        Py_XDECREF(s);
        return NULL;
    }
    PyObject *m = import_dotted(s);
    Py_DECREF(s);
    return m;
}

PyObject *
vm_builtin___import__(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    static const RtArgSpec spec = {"__import__", names, 5, 0, 1, 5, 0};
    PyObject *a[5];
    if (rt_call_unpack(&spec, args, nargs, kwnames, a) < 0)
        return NULL;
    long level = 0;
    if (a[4] != NULL && (level = PyLong_AsLong(a[4])) == -1 && PyErr_Occurred())
        return NULL;
    PyObject *globals = a[1] != NULL && PyDict_Check(a[1]) ? a[1] : NULL;
    return vm_import_module_level(a[0], globals, a[3], (int)level);
}

// ---- __main__ ---------------------------------------------------------------------------------

PyObject *
vm_import_find_source(const char *name)
{
    PyObject *path = vm_sys_get("path");
    for (Py_ssize_t i = 0; path != NULL && PyList_Check(path) && i < PyList_GET_SIZE(path); i++) {
        PyObject *dir = PyList_GET_ITEM(path, i);
        if (!PyUnicode_Check(dir))
            continue;
        PyObject *file = PyUnicode_GET_LENGTH(dir) == 0
                             ? PyUnicode_FromFormat("%s.py", name)
                             : PyUnicode_FromFormat("%U/%s.py", dir, name);
        const char *c = file ? PyUnicode_AsUTF8(file) : NULL;
        if (c == NULL) {
            Py_XDECREF(file);
            return NULL;
        }
        if (is_file(c))
            return file;
        Py_DECREF(file);
    }
    return NULL;
}

// A fresh __main__ module in sys.modules with the builtins and, for files, __file__.
static PyObject *
new_main(const char *name, const char *file)
{
    if (vm_import_modules() == NULL)
        return NULL;
    PyObject *m = PyModule_New(name);
    if (m == NULL)
        return NULL;
    PyObject *d = PyModule_GetDict(m);
    PyObject *f = file ? PyUnicode_DecodeUTF8(file, (Py_ssize_t)strlen(file), "surrogateescape")
                       : NULL;
    if ((file != NULL && (f == NULL || PyDict_SetItemString(d, "__file__", f) < 0)) ||
        PyDict_SetItemString(d, "__builtins__", vm_builtins_module()) < 0 ||
        PyDict_SetItemString(modules, name, m) < 0) {
        Py_XDECREF(f);
        Py_DECREF(m);
        return NULL;
    }
    Py_XDECREF(f);
    return m;
}

PyObject *
vm_import_run_source(const char *src, Py_ssize_t n, const char *filename, const char *name)
{
    PyObject *m = new_main(name, NULL);
    if (m != NULL && exec_source(m, src, n, filename) < 0)
        Py_CLEAR(m);
    return m;
}

PyObject *
vm_import_run_main(const char *path, const char *name)
{
    Py_ssize_t n;
    char *src = read_file(path, &n);
    if (src == NULL)
        return NULL;
    PyObject *m = new_main(name, path);
    if (m != NULL && exec_source(m, src, n, path) < 0)
        Py_CLEAR(m);
    PyMem_Free(src);
    return m;
}
