// test_helpers.c: the helper table (jit/helpers.def, jit/helpers.c) that native code calls
// through: every entry names a C function with an address, no name twice (ORC defines each
// as an absolute symbol), signatures made of known value types, the instructions' generic
// bodies with the one signature translate.c calls them with, and IR declarations that agree
// with the table.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <llvm-c/Analysis.h>
// Before cmocka.h, whose fail() macro would clash with translate.h's fail().
#include "jit/translate.h"

#include <cmocka.h>

#include "tests/unit/jit/jit_testing.h"

static void
test_helpers_every_entry_has_a_name_and_an_address(void **state)
{
    for (int h = 0; h < JIT_HELPER_COUNT; h++) {
        assert_non_null(jit_helpers[h].symbol);
        assert_true(strlen(jit_helpers[h].symbol) > 0);
        assert_non_null(jit_helpers[h].address);
    }
}

static void
test_helpers_names_are_unique(void **state)
{
    for (int h = 0; h < JIT_HELPER_COUNT; h++)
        for (int k = h + 1; k < JIT_HELPER_COUNT; k++)
            if (strcmp(jit_helpers[h].symbol, jit_helpers[k].symbol) == 0)
                fail_msg("helper %s listed twice (%d and %d)", jit_helpers[h].symbol, h, k);
}

static void
test_helpers_signatures_use_known_types(void **state)
{
    for (int h = 0; h < JIT_HELPER_COUNT; h++) {
        const JitHelperInfo *info = &jit_helpers[h];
        assert_in_range(info->nparams, 0, 7);
        assert_in_range(info->types[0], T_VOID, T_PTR);
        // A parameter is a value: T_VOID there means the type list and the count disagree.
        for (int i = 1; i <= info->nparams; i++)
            if (info->types[i] < T_I32 || info->types[i] > T_PTR)
                fail_msg("%s: parameter %d has type %d", info->symbol, i, info->types[i]);
        for (int i = info->nparams + 1; i < 8; i++)
            assert_int_equal(info->types[i], 0);
    }
}

// The ids of the OP_HELPER entries, from helpers.def itself.
static const int op_helper_ids[] = {
#define HELPER(name, fn, ...)
#define OP_HELPER(name, fn) JIT_H_##name,
#include "jit/helpers.def"
#undef HELPER
};

static void
test_helpers_op_helpers_share_the_instruction_signature(void **state)
{
    const int expected[] = {T_I32, T_PTR, T_PTR, T_I32}; // int f(Frame *, PyObject **, int)
    assert_true(sizeof op_helper_ids / sizeof *op_helper_ids > 10);
    for (size_t i = 0; i < sizeof op_helper_ids / sizeof *op_helper_ids; i++) {
        const JitHelperInfo *info = &jit_helpers[op_helper_ids[i]];
        assert_int_equal(info->nparams, 3);
        for (int k = 0; k < 4; k++)
            assert_int_equal(info->types[k], expected[k]);
    }
}

static void
test_helpers_ir_declarations_match_the_table(void **state)
{
    Translator t = {0};
    t.cx = LLVMContextCreate();
    t.mod = LLVMModuleCreateWithNameInContext("helpers", t.cx);
    t.i8 = LLVMInt8TypeInContext(t.cx);
    t.i32 = LLVMInt32TypeInContext(t.cx);
    t.i64 = LLVMInt64TypeInContext(t.cx);
    t.f64 = LLVMDoubleTypeInContext(t.cx);
    t.ptr = LLVMPointerTypeInContext(t.cx, 0);
    declare_helpers(&t);
    const LLVMTypeKind kinds[] = {
        [T_VOID] = LLVMVoidTypeKind, [T_I32] = LLVMIntegerTypeKind,
        [T_I64] = LLVMIntegerTypeKind, [T_F64] = LLVMDoubleTypeKind,
        [T_PTR] = LLVMPointerTypeKind,
    };
    for (int h = 0; h < JIT_HELPER_COUNT; h++) {
        const JitHelperInfo *info = &jit_helpers[h];
        LLVMValueRef fn = LLVMGetNamedFunction(t.mod, info->symbol);
        assert_ptr_equal(fn, t.helper[h]);
        assert_int_equal(LLVMCountParams(fn), (unsigned)info->nparams);
        assert_int_equal(LLVMGetTypeKind(LLVMGetReturnType(t.helper_type[h])),
                         kinds[info->types[0]]);
        LLVMTypeRef params[8];
        LLVMGetParamTypes(t.helper_type[h], params);
        for (int i = 0; i < info->nparams; i++)
            assert_int_equal(LLVMGetTypeKind(params[i]), kinds[info->types[i + 1]]);
    }
    char *msg = NULL;
    assert_int_equal(LLVMVerifyModule(t.mod, LLVMReturnStatusAction, &msg), 0);
    LLVMDisposeMessage(msg);
    LLVMDisposeModule(t.mod);
    LLVMContextDispose(t.cx);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_helpers_every_entry_has_a_name_and_an_address),
        cmocka_unit_test(test_helpers_names_are_unique),
        cmocka_unit_test(test_helpers_signatures_use_known_types),
        cmocka_unit_test(test_helpers_op_helpers_share_the_instruction_signature),
        cmocka_unit_test(test_helpers_ir_declarations_match_the_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
