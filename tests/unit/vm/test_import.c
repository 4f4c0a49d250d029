// test_import.c: tests of vm/import.c: modules and packages found on sys.path, relative
// imports, fromlist submodules, star imports with __all__, failed and circular imports, and
// running __main__. The module files are written to a temporary directory that is the only
// entry of sys.path; the expected result was printed by CPython 3.11 running the same
// program with the same files (the directory shown as "@").
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "frontend/ast.h"
#include "frontend/compile.h"
#include "runtime/runtime.h"
#include "runtime/objects/moduleobject.h"
#include "vm/builtins.h"
#include "vm/vm.h"
#include "tests/unit/testing.h"

static const struct {
    const char *path, *text;
} files[] = {
    {"mod_a.py",
     "X = 1\ndef f():\n    return \"f\"\n_private = 2\n"},
    {"pkg/__init__.py",
     "from . import sub\nfrom .sub import Y\nNAME = __name__\n"},
    {"pkg/sub.py",
     "Y = 2\nPKG = __package__\n"},
    {"pkg/inner/__init__.py",
     "from .. import sub as s\nfrom ..sub import Y as Z\n"},
    {"pkg/lazy.py",
     "L = 3\n"},
    {"starmod.py",
     "__all__ = [\"a\", \"c\"]\na = 1\nb = 2\nc = 3\n"},
    {"bad.py",
     "x = 1\nraise ValueError(\"bad module\")\n"},
    {"circ_a.py",
     "import circ_b\nA = 1\n"},
    {"circ_b.py",
     "from circ_a import A\n"},
    {"syntax_bad.py",
     "def f(:\n"},
};

static const char check_program[] =
"import sys\n\nout = []\nimport mod_a\nout.append((mod_a.X, mod_a.f(), mod_a.__name__, mod_a.__file__, mod_a.__package__, sorted([k for k in vars(mod_a) if k.startswith(\"__\")])))\nimport pkg\nout.append((pkg.NAME, pkg.Y, pkg.sub.Y, pkg.sub.PKG, pkg.__package__, pkg.__path__, pkg.__file__))\nimport pkg.inner\nout.append((pkg.inner.s is pkg.sub, pkg.inner.Z, pkg.inner.__package__))\nfrom pkg import lazy\nout.append((lazy.L, \"pkg.lazy\" in sys.modules, pkg.lazy is lazy))\nimport pkg.sub as alias\nout.append(alias is pkg.sub)\nns = {}\nexec(\"from starmod import *\", ns)\nout.append(sorted([k for k in ns if not k.startswith(\"__\")]))\nfor src in [\"import bad\", \"import bad\", \"import circ_a\", \"import syntax_bad\", \"import pkg.nope\", \"import mod_a.x\", \"from pkg import nope\", \"from . import x\"]:\n    try:\n        exec(src, {\"__name__\": \"t\"})\n        out.append(\"ok\")\n    except Exception as e:\n        out.append((type(e).__name__, str(e)))\nout.append((\"bad\" in sys.modules, \"circ_a\" in sys.modules, \"circ_b\" in sys.modules))\n";

static const char expected[] =
"[(1, 'f', 'mod_a', '@/mod_a.py', '', ['__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__']), ('pkg', 2, 2, 'pkg', 'pkg', ['@/pkg'], '@/pkg/__init__.py'), (True, 2, 'pkg.inner'), (3, True, True), True, ['a', 'c'], ('ValueError', 'bad module'), ('ValueError', 'bad module'), ('ImportError', \"cannot import name 'A' from partially initialized module 'circ_a' (most likely due to a circular import) (@/circ_a.py)\"), ('SyntaxError', 'invalid syntax (syntax_bad.py, line 1)'), ('ModuleNotFoundError', \"No module named 'pkg.nope'\"), ('ModuleNotFoundError', \"No module named 'mod_a.x'; 'mod_a' is not a package\"), ('ImportError', \"cannot import name 'nope' from 'pkg' (@/pkg/__init__.py)\"), ('ImportError', 'attempted relative import with no known parent package'), (False, False, False)]";

static char dir[64];

static void
write_file(const char *rel, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    // Create the package directories on the way.
    for (char *p = path + strlen(dir) + 1; (p = strchr(p, '/')) != NULL; p++) {
        *p = '\0';
        mkdir(path, 0700);
        *p = '/';
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int
setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/krait-import-XXXXXX");
    if (mkdtemp(dir) == NULL || rt_runtime_init() < 0 || vm_init() < 0)
        return -1;
    PyObject *path = vm_sys_get("path");
    PyObject *d = PyUnicode_FromString(dir);
    if (path == NULL || d == NULL || PyList_Append(path, d) < 0)
        return -1;
    Py_DECREF(d);
    return 0;
}

static int
teardown(void **state)
{
    vm_builtins_fini();
    vm_fini();
    rt_runtime_fini();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

// repr(value) with every occurrence of the temporary directory replaced by "@".
static char *
shown(PyObject *value)
{
    PyObject *r = PyObject_Repr(value);
    assert_non_null(r);
    const char *s = PyUnicode_AsUTF8(r);
    char *out = malloc(strlen(s) + 1), *o = out;
    size_t n = strlen(dir);
    while (*s) {
        if (strncmp(s, dir, n) == 0) {
            *o++ = '@';
            s += n;
        } else {
            *o++ = *s++;
        }
    }
    *o = '\0';
    Py_DECREF(r);
    return out;
}

static void
test_import_finds_modules_and_packages_like_importlib(void **state)
{
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        write_file(files[i].path, files[i].text);
    PyObject *m = vm_import_run_source(check_program, (Py_ssize_t)strlen(check_program),
                                       "<check>", "__main__");
    if (m == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        vm_print_exception(exc);
        Py_DECREF(exc);
        fail();
    }
    PyObject *out = PyDict_GetItemString(PyModule_GetDict(m), "out");
    assert_non_null(out);
    char *got = shown(out);
    assert_string_equal(got, expected);
    free(got);
    Py_DECREF(m);
}

static void
test_import_run_main_sets_file_and_sys_modules(void **state)
{
    char path[128];
    snprintf(path, sizeof path, "%s/main_prog.py", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("import sys\nme = sys.modules[__name__]\nname = __name__\n", f);
    fclose(f);
    PyObject *m = vm_import_run_main(path, "__main__");
    assert_non_null(m);
    PyObject *d = PyModule_GetDict(m);
    assert_ptr_equal(PyDict_GetItemString(d, "me"), m);
    assert_str(PyDict_GetItemString(d, "name"), "__main__");
    assert_str(PyDict_GetItemString(d, "__file__"), path);
    Py_DECREF(m);
    snprintf(path, sizeof path, "%s/missing.py", dir);
    assert_null(vm_import_run_main(path, "__main__"));
    assert_raised(PyExc_FileNotFoundError, NULL);
}

static void
test_import_level_and_fromlist_return_the_right_module(void **state)
{
    PyObject *name = PyUnicode_FromString("pkg.sub"), *empty = PyTuple_New(0);
    PyObject *top = vm_import_module_level(name, NULL, empty, 0);
    assert_non_null(top);
    PyObject *n = PyObject_GetAttrString(top, "__name__");
    assert_str(n, "pkg");
    Py_DECREF(n);
    Py_DECREF(top);
    PyObject *star = PyUnicode_FromString("*"), *fromlist = PyTuple_Pack(1, star);
    PyObject *sub = vm_import_module_level(name, NULL, fromlist, 0);
    assert_non_null(sub);
    n = PyObject_GetAttrString(sub, "__name__");
    assert_str(n, "pkg.sub");
    Py_DECREF(n);
    Py_DECREF(sub);
    PyObject *bad = vm_import_module_level(name, NULL, empty, -1);
    assert_null(bad);
    assert_raised(PyExc_ValueError, "level must be >= 0");
    Py_DECREF(name);
    Py_DECREF(empty);
    Py_DECREF(star);
    Py_DECREF(fromlist);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_import_finds_modules_and_packages_like_importlib),
        cmocka_unit_test(test_import_run_main_sets_file_and_sys_modules),
        cmocka_unit_test(test_import_level_and_fromlist_return_the_right_module),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
