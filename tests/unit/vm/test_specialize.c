// test_specialize.c: vm/specialize.c and the specialized forms in vm/eval.c: sites quicken
// into the expected forms once warm, their caches hold what profile.h reports, and a change
// that breaks a guard turns them back (through misses) into their generic family. The code
// units are inspected directly.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "runtime/objects/func.h"
#include "tests/unit/vm/vm_testing.h"
#include "vm/opcode.h"
#include "vm/profile.h"
#include "vm/specialize.h"

static int
setup(void **state)
{
    (void)state;
    return vm_test_builtins_setup();
}

// Run statements in the suite's globals; fails the test on an exception.
static void
exec_ok(const char *src)
{
    char err[512];
    if (vm_test_execute(src, err, sizeof err) < 0)
        fail_msg("%s", err);
}

// The code object of the global function `name` (borrowed).
static PyCodeObject *
code_of(const char *name)
{
    PyObject *f = PyDict_GetItemString(vm_test_globals, name);
    assert_non_null(f);
    return (PyCodeObject *)PyFunction_GET_CODE(f);
}

// The profile of the n-th (0-based) instruction of co whose family is `family`.
static VmSiteProfile
nth_site(PyCodeObject *co, int family, int n)
{
    for (int i = 0; i < Py_SIZE(co);) {
        int fam = vm_opcode_deopt(rt_code_unit_op(co->co_code[i]));
        VmSiteProfile site;
        if (fam == family && vm_profile_site(co, i, &site) && n-- == 0)
            return site;
        i += 1 + vm_opcode_caches(fam);
    }
    fail_msg("no %s site", vm_opcode_name(family));
    return (VmSiteProfile){0};
}

static void
assert_op(VmSiteProfile site, int op)
{
    if (site.opcode != op)
        fail_msg("site at %d is %s, expected %s", site.offset, vm_opcode_name(site.opcode),
                 vm_opcode_name(op));
}

static void
test_specialize_instance_attribute_load_then_property_deopts(void **state)
{
    exec_ok("class P:\n"
            "    def __init__(self, x):\n"
            "        self.x = x\n"
            "def get(p):\n"
            "    return p.x\n"
            "p = P(5)\n"
            "for i in range(20):\n"
            "    get(p)\n");
    PyCodeObject *co = code_of("get");
    VmSiteProfile site = nth_site(co, OP_LOAD_ATTR, 0);
    assert_op(site, OP_LOAD_ATTR_INSTANCE_VALUE);
    PyObject *cls = PyDict_GetItemString(vm_test_globals, "P");
    assert_int_equal(site.type_version, ((PyTypeObject *)cls)->tp_version_tag);
    assert_int_equal(site.owner, VM_KIND_INSTANCE);
    assert_int_equal(site.index, 0);
    // A data descriptor on the class now wins over the instance dict: every run misses and
    // the site goes back to LOAD_ATTR within its miss budget, returning the property's value.
    exec_ok("P.x = property(lambda self: 'prop')\n"
            "r = [get(p) for i in range(60)]\n");
    assert_op(nth_site(co, OP_LOAD_ATTR, 0), OP_LOAD_ATTR);
    char got[64];
    vm_test_evaluate("r[-1]", got, sizeof got);
    assert_string_equal(got, "'prop'");
}

static void
test_specialize_attribute_store_and_slot_load(void **state)
{
    exec_ok("class S:\n"
            "    __slots__ = ('a',)\n"
            "class D:\n"
            "    pass\n"
            "def put(o, v):\n"
            "    o.a = v\n"
            "    return o.a\n"
            "s = S()\n"
            "for i in range(20):\n"
            "    put(s, i)\n");
    PyCodeObject *co = code_of("put");
    assert_op(nth_site(co, OP_STORE_ATTR, 0), OP_STORE_ATTR_SLOT);
    assert_op(nth_site(co, OP_LOAD_ATTR, 0), OP_LOAD_ATTR_SLOT);
    exec_ok("d = D()\n"
            "for i in range(60):\n"
            "    put(d, i)\n");
    assert_op(nth_site(co, OP_STORE_ATTR, 0), OP_STORE_ATTR);
}

static void
test_specialize_global_then_rebinding_keeps_cache_deleting_deopts(void **state)
{
    exec_ok("g = 1\n"
            "def read():\n"
            "    return g\n"
            "for i in range(20):\n"
            "    read()\n");
    PyCodeObject *co = code_of("read");
    VmSiteProfile site = nth_site(co, OP_LOAD_GLOBAL, 0);
    assert_op(site, OP_LOAD_GLOBAL_MODULE);
    assert_int_not_equal(site.keys_version, 0);
    // A new value under the same key keeps the keys version: the cache stays and sees it.
    exec_ok("g = 2\n");
    assert_int_equal(nth_site(co, OP_LOAD_GLOBAL, 0).keys_version,
                     rt_dict_keys_version(vm_test_globals));
    char got[64];
    vm_test_evaluate("read()", got, sizeof got);
    assert_string_equal(got, "2");
    assert_op(nth_site(co, OP_LOAD_GLOBAL, 0), OP_LOAD_GLOBAL_MODULE);
    // Deleting the global changes the keys: misses until the site turns generic again.
    exec_ok("del g\n"
            "for i in range(60):\n"
            "    try:\n"
            "        read()\n"
            "    except NameError:\n"
            "        pass\n");
    assert_op(nth_site(co, OP_LOAD_GLOBAL, 0), OP_LOAD_GLOBAL);
}

static void
test_specialize_builtin_load_sees_builtins_change(void **state)
{
    exec_ok("def n(x):\n"
            "    return len(x)\n"
            "for i in range(20):\n"
            "    n('ab')\n");
    PyCodeObject *co = code_of("n");
    VmSiteProfile site = nth_site(co, OP_LOAD_GLOBAL, 0);
    assert_op(site, OP_LOAD_GLOBAL_BUILTIN);
    assert_int_not_equal(site.builtins_keys_version, 0);
    // A global of the same name added to the module shadows the builtin at once.
    exec_ok("len = lambda x: 'shadow'\n");
    char got[64];
    vm_test_evaluate("n('ab')", got, sizeof got);
    assert_string_equal(got, "'shadow'");
    exec_ok("del len\n");
    vm_test_evaluate("n('ab')", got, sizeof got);
    assert_string_equal(got, "2");
}

static void
test_specialize_binary_op_int_then_float_respecializes(void **state)
{
    exec_ok("def add(a, b):\n"
            "    return a + b\n"
            "for i in range(20):\n"
            "    add(i, 1)\n");
    PyCodeObject *co = code_of("add");
    VmSiteProfile site = nth_site(co, OP_BINARY_OP, 0);
    assert_op(site, OP_BINARY_OP_ADD_INT);
    assert_int_equal(site.lhs, VM_KIND_INT);
    // Overflow into a big int is no miss: the site stays and the result is right.
    char got[128];
    vm_test_evaluate("add(2**62, 2**62)", got, sizeof got);
    assert_string_equal(got, "9223372036854775808");
    assert_op(nth_site(co, OP_BINARY_OP, 0), OP_BINARY_OP_ADD_INT);
    // Floats miss until the budget is spent, then the site backs off and specializes for
    // floats after a longer warm-up.
    exec_ok("for i in range(60):\n"
            "    add(1.5, 2.0)\n");
    site = nth_site(co, OP_BINARY_OP, 0);
    assert_op(site, OP_BINARY_OP);
    assert_int_equal(site.backoff, 1);
    exec_ok("for i in range(20):\n"
            "    add(1.5, 2.0)\n");
    assert_op(nth_site(co, OP_BINARY_OP, 0), OP_BINARY_OP_ADD_FLOAT);
}

static void
test_specialize_dis_view_and_co_code_stay_unquickened(void **state)
{
    exec_ok("def cmp(a, b):\n"
            "    if a < b:\n"
            "        return 1\n"
            "    return 0\n"
            "for i in range(20):\n"
            "    cmp(i, 10)\n"
            "code = cmp.__code__.co_code\n"
            "adaptive = cmp.__code__._co_code_adaptive\n");
    PyCodeObject *co = code_of("cmp");
    assert_op(nth_site(co, OP_COMPARE_OP, 0), OP_COMPARE_OP_INT_JUMP);
    char got[256];
    vm_test_evaluate("code == adaptive", got, sizeof got);
    assert_string_equal(got, "False");
    // co_code shows COMPARE_OP (107) with zeroed caches, as CPython's does.
    vm_test_evaluate("[code[i] for i in range(0, len(code), 2)].count(107)", got, sizeof got);
    assert_string_equal(got, "1");
    vm_test_evaluate("cmp.__code__ == compile('def cmp(a, b):\\n    if a < b:\\n        return 1\\n"
                     "    return 0\\n', '<test>', 'exec').co_consts[0]",
                     got, sizeof got);
    assert_string_equal(got, "True");
}

static void
test_specialize_call_follows_function_version(void **state)
{
    exec_ok("def f(a, b=2):\n"
            "    return a + b\n"
            "def call1(x):\n"
            "    return f(x)\n"
            "for i in range(20):\n"
            "    call1(i)\n");
    PyCodeObject *co = code_of("call1");
    VmSiteProfile site = nth_site(co, OP_CALL, 0);
    assert_op(site, OP_CALL_PY_WITH_DEFAULTS);
    PyObject *f = PyDict_GetItemString(vm_test_globals, "f");
    assert_int_equal(site.func_version, ((PyFunctionObject *)f)->func_version);
    exec_ok("f.__defaults__ = (40,)\n");
    char got[64];
    vm_test_evaluate("call1(2)", got, sizeof got);
    assert_string_equal(got, "42");
}

static void
test_specialize_for_iter_follows_iterator_type(void **state)
{
    exec_ok("def total(it):\n"
            "    t = 0\n"
            "    for x in it:\n"
            "        t += x\n"
            "    return t\n"
            "total(range(5))\n");
    PyCodeObject *co = code_of("total");
    VmSiteProfile site = nth_site(co, OP_FOR_ITER, 0);
    assert_op(site, OP_FOR_ITER_RANGE);
    assert_int_equal(site.lhs, VM_KIND_INT);
    char got[64];
    vm_test_evaluate("total([1, 2, 3])", got, sizeof got);
    assert_string_equal(got, "6");
    assert_op(nth_site(co, OP_FOR_ITER, 0), OP_FOR_ITER_LIST);
    vm_test_evaluate("total(x for x in (4, 5))", got, sizeof got);
    assert_string_equal(got, "9");
    assert_op(nth_site(co, OP_FOR_ITER, 0), OP_FOR_ITER);
}

static void
test_specialize_module_method_and_builtin_precall(void **state)
{
    exec_ok("import sys\n"
            "m = type(sys)('m')\n"
            "m.f = len\n"
            "def size(x):\n"
            "    return m.f(str(x))\n"
            "for i in range(20):\n"
            "    size(12345)\n");
    PyCodeObject *co = code_of("size");
    VmSiteProfile site = nth_site(co, OP_LOAD_METHOD, 0);
    assert_op(site, OP_LOAD_METHOD_MODULE);
    assert_int_equal(site.owner, VM_KIND_MODULE);
    assert_op(nth_site(co, OP_PRECALL, 0), OP_PRECALL_NO_KW_STR_1);
    assert_op(nth_site(co, OP_PRECALL, 1), OP_PRECALL_NO_KW_LEN);
    // Rebinding the module attribute keeps the keys: the cache stays, the value is new.
    exec_ok("m.f = abs\n");
    char got[64];
    vm_test_evaluate("size(-5)", got, sizeof got);
    assert_string_equal(got, "TypeError: bad operand type for abs(): 'str'");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_specialize_instance_attribute_load_then_property_deopts),
        cmocka_unit_test(test_specialize_attribute_store_and_slot_load),
        cmocka_unit_test(test_specialize_global_then_rebinding_keeps_cache_deleting_deopts),
        cmocka_unit_test(test_specialize_builtin_load_sees_builtins_change),
        cmocka_unit_test(test_specialize_binary_op_int_then_float_respecializes),
        cmocka_unit_test(test_specialize_dis_view_and_co_code_stay_unquickened),
        cmocka_unit_test(test_specialize_call_follows_function_version),
        cmocka_unit_test(test_specialize_for_iter_follows_iterator_type),
        cmocka_unit_test(test_specialize_module_method_and_builtin_precall),
    };
    return cmocka_run_group_tests(tests, setup, vm_test_builtins_teardown);
}
