// profile.c: the read-only view of the inline caches described in profile.h: decodes the
// cache layouts of specialize.h for the JIT tier.
#include "vm/profile.h"
#include "vm/specialize.h"

// Operand kinds implied by a specialized opcode (the guards it checks).
static void
operand_kinds(int op, VmSiteProfile *p)
{
    switch (op) {
    case OP_BINARY_OP_ADD_INT:
    case OP_BINARY_OP_SUBTRACT_INT:
    case OP_BINARY_OP_MULTIPLY_INT:
    case OP_COMPARE_OP_INT_JUMP:
        p->lhs = p->rhs = VM_KIND_INT;
        break;
    case OP_BINARY_OP_ADD_FLOAT:
    case OP_BINARY_OP_SUBTRACT_FLOAT:
    case OP_BINARY_OP_MULTIPLY_FLOAT:
    case OP_COMPARE_OP_FLOAT_JUMP:
        p->lhs = p->rhs = VM_KIND_FLOAT;
        break;
    case OP_BINARY_OP_ADD_UNICODE:
    case OP_COMPARE_OP_STR_JUMP:
        p->lhs = p->rhs = VM_KIND_STR;
        break;
    case OP_BINARY_SUBSCR_LIST_INT:
    case OP_STORE_SUBSCR_LIST_INT:
        p->lhs = VM_KIND_LIST, p->rhs = VM_KIND_INT;
        break;
    case OP_BINARY_SUBSCR_TUPLE_INT:
        p->lhs = VM_KIND_TUPLE, p->rhs = VM_KIND_INT;
        break;
    case OP_BINARY_SUBSCR_DICT:
    case OP_STORE_SUBSCR_DICT:
        p->lhs = VM_KIND_DICT;
        break;
    case OP_UNPACK_SEQUENCE_TWO_TUPLE:
    case OP_UNPACK_SEQUENCE_TUPLE:
        p->lhs = VM_KIND_TUPLE;
        break;
    case OP_UNPACK_SEQUENCE_LIST:
    case OP_FOR_ITER_LIST:
        p->lhs = VM_KIND_LIST;
        break;
    case OP_FOR_ITER_TUPLE:
        p->lhs = VM_KIND_TUPLE;
        break;
    case OP_FOR_ITER_RANGE:
        p->lhs = VM_KIND_INT;
        break;
    default:
        break;
    }
}

// The guards' versions and indices, read from the cache layouts of specialize.h.
static void
cache_contents(int op, const PyCodeUnit *c, VmSiteProfile *p)
{
    switch (op) {
    case OP_LOAD_ATTR_INSTANCE_VALUE:
    case OP_LOAD_ATTR_SLOT:
    case OP_STORE_ATTR_INSTANCE_VALUE:
    case OP_STORE_ATTR_SLOT:
        p->owner = VM_KIND_INSTANCE;
        p->type_version = vm_cache_read32(c + 1);
        p->index = c[3];
        break;
    case OP_LOAD_ATTR_CLASS:
        p->owner = VM_KIND_CLASS;
        p->type_version = vm_cache_read32(c + 1);
        p->descr = vm_spec_objects[c[3]];
        break;
    case OP_LOAD_ATTR_PROPERTY:
        p->owner = VM_KIND_INSTANCE;
        p->type_version = vm_cache_read32(c + 1);
        p->descr = vm_spec_objects[c[3]];
        break;
    case OP_LOAD_ATTR_MODULE:
        p->owner = VM_KIND_MODULE;
        p->keys_version = vm_cache_read32(c + 1);
        p->index = c[3];
        break;
    case OP_LOAD_METHOD_MODULE:
        p->owner = VM_KIND_MODULE;
        p->keys_version = vm_cache_read32(c + 4);
        p->index = c[3];
        break;
    case OP_LOAD_METHOD_WITH_VALUES:
        p->keys_version = vm_cache_read32(c + 4);
        // fall through
    case OP_LOAD_METHOD_NO_DICT:
    case OP_LOAD_METHOD_CLASS:
        p->owner = op == OP_LOAD_METHOD_CLASS ? VM_KIND_CLASS : VM_KIND_INSTANCE;
        p->type_version = vm_cache_read32(c + 1);
        p->descr = vm_cache_read_ptr(c + 6);
        break;
    case OP_LOAD_GLOBAL_BUILTIN:
        p->builtins_keys_version = c[4];
        // fall through
    case OP_LOAD_GLOBAL_MODULE:
        p->keys_version = vm_cache_read32(c + 2);
        p->index = c[1];
        break;
    case OP_CALL_PY_EXACT_ARGS:
    case OP_CALL_PY_WITH_DEFAULTS:
        p->lhs = VM_KIND_FUNCTION;
        p->func_version = vm_cache_read32(c + 1);
        p->index = c[3];
        break;
    default:
        operand_kinds(op, p);
        break;
    }
}

int
vm_profile_site(PyCodeObject *co, int offset, VmSiteProfile *out)
{
    if (offset < 0 || offset >= Py_SIZE(co))
        return 0;
    int op = rt_code_unit_op(co->co_code[offset]);
    int family = vm_opcode_deopt(op);
    int ncaches = vm_opcode_caches(family);
    // FOR_ITER specializes without a cache (its forms follow the last iterator type).
    if ((ncaches == 0 && family != OP_FOR_ITER) || offset + ncaches >= Py_SIZE(co))
        return 0;
    const PyCodeUnit *c = co->co_code + offset + 1;
    *out = (VmSiteProfile){.offset = offset, .family = family, .opcode = op,
                           .backoff = ncaches > 0 ? c[0] & 15 : 0, .index = -1};
    if (op != family)
        cache_contents(op, c, out);
    return 1;
}

int
vm_profile_each_site(PyCodeObject *co, int (*visit)(PyCodeObject *, const VmSiteProfile *, void *),
                     void *arg)
{
    for (int i = 0; i < Py_SIZE(co);) {
        int family = vm_opcode_deopt(rt_code_unit_op(co->co_code[i]));
        VmSiteProfile site;
        if (vm_profile_site(co, i, &site)) {
            int r = visit(co, &site, arg);
            if (r != 0)
                return r;
        }
        i += 1 + vm_opcode_caches(family);
    }
    return 0;
}
