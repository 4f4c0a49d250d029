// translate_attr.c: globals, attributes and methods natively, on the forms the specializing
// interpreter found (LOAD_GLOBAL_MODULE / _BUILTIN, LOAD_ATTR_INSTANCE_VALUE,
// LOAD_METHOD_NO_DICT / _WITH_VALUES): the dict-keys and type versions the site cached are
// checked again by the native code, and a mismatch deoptimizes (translate_value.c). A rebound
// global keeps its keys (and so its entry): the native code reads the new value. Without
// feedback (or after repeated deopts) the generic helper runs.
#include "jit/translate.h"
#include "runtime/objects/dict_internal.h"
#include "vm/profile.h"

// The site's feedback for in, when speculation is allowed there: 1 and *site, else 0.
static int
feedback(Translator *t, const Instr *in, VmSiteProfile *site)
{
    return t->speculate && jit_may_speculate(t->co, in->at) &&
           vm_profile_site(t->co, in->at, site);
}

static void
generic(Translator *t, const Instr *in, JitHelperId h)
{
    vs_flush(t, in->depth, 1);
    jit_locals_flush(t, in->depth, 1);
    op_helper(t, in, h);
    vs_reset(t, in->depth + vm_opcode_stack_effect(in->op, in->arg, 0));
}

// Branch to deopt unless the u32 at base + offset equals `version`.
static void
guard_u32(Translator *t, LLVMValueRef base, size_t offset, uint32_t version,
          LLVMBasicBlockRef deopt)
{
    LLVMValueRef v = load(t, t->i32, base, offset);
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, v, const_i32(t, (long)version), ""), deopt,
              "version_ok");
}

// Dict d (known to be an exact dict) with keys of `version`: the value of entry ix, checked
// non-NULL.
static LLVMValueRef
dict_entry_value(Translator *t, LLVMValueRef d, uint32_t version, int ix,
                 LLVMBasicBlockRef deopt)
{
    LLVMValueRef keys = load(t, t->ptr, d, offsetof(PyDictObject, ma_keys));
    guard_u32(t, keys, offsetof(RtDictKeys, dk_version), version, deopt);
    LLVMValueRef log2 = load(t, t->i8, keys, offsetof(RtDictKeys, log2_index_bytes));
    LLVMValueRef index_bytes =
        LLVMBuildShl(t->b, const_i64(t, 1), LLVMBuildZExt(t->b, log2, t->i64, ""), "");
    LLVMValueRef entries =
        LLVMBuildInBoundsGEP2(t->b, t->i8, byte_gep(t, keys, sizeof(RtDictKeys)), &index_bytes,
                              1, "");
    LLVMValueRef v = load(t, t->ptr, entries,
                          sizeof(RtDictEntry) * (size_t)ix + offsetof(RtDictEntry, value));
    branch_if(t, LLVMBuildIsNotNull(t->b, v, ""), deopt, "present");
    return v;
}

static void
guard_exact_dict(Translator *t, LLVMValueRef d, LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = load(t, t->ptr, d, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, type, const_ptr(t, &PyDict_Type), ""), deopt,
              "dict");
}

void
jit_translate_load_global(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    if (!feedback(t, in, &site) ||
        (site.opcode != OP_LOAD_GLOBAL_MODULE && site.opcode != OP_LOAD_GLOBAL_BUILTIN) ||
        site.keys_version == 0 ||
        (site.opcode == OP_LOAD_GLOBAL_BUILTIN && site.builtins_keys_version == 0)) {
        generic(t, in, JIT_H_op_load_global);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef globals = load(t, t->ptr, t->frame, offsetof(Frame, globals));
    guard_exact_dict(t, globals, deopt);
    LLVMValueRef v;
    if (site.opcode == OP_LOAD_GLOBAL_MODULE) {
        v = dict_entry_value(t, globals, site.keys_version, site.index, deopt);
    } else {
        // The globals' keys version says the name is still not a global.
        LLVMValueRef keys = load(t, t->ptr, globals, offsetof(PyDictObject, ma_keys));
        guard_u32(t, keys, offsetof(RtDictKeys, dk_version), site.keys_version, deopt);
        LLVMValueRef builtins = load(t, t->ptr, t->frame, offsetof(Frame, builtins));
        guard_exact_dict(t, builtins, deopt);
        v = dict_entry_value(t, builtins, site.builtins_keys_version, site.index, deopt);
    }
    incref(t, v);
    int d = in->depth;
    if (in->arg & 1) {
        set_slot(t, stack_slot(t, d), LLVMConstNull(t->ptr));
        *vs_at(t, d++) = (Value){.kind = V_MEM};
    }
    set_slot(t, stack_slot(t, d), v);
    *vs_at(t, d) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, d + 1);
}

// The owner at depth d's type, guarded to have `version`.
static LLVMValueRef
guarded_type(Translator *t, LLVMValueRef owner, uint32_t version, LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = load(t, t->ptr, owner, offsetof(PyObject, ob_type));
    guard_u32(t, type, offsetof(PyTypeObject, tp_version_tag), version, deopt);
    return type;
}

// The instance dict of owner (whose type is `type`), maybe NULL.
static LLVMValueRef
instance_dict(Translator *t, LLVMValueRef owner, LLVMValueRef type)
{
    LLVMValueRef offset = load(t, t->i64, type, offsetof(PyTypeObject, tp_dictoffset));
    LLVMValueRef at = LLVMBuildInBoundsGEP2(t->b, t->i8, owner, &offset, 1, "");
    return LLVMBuildLoad2(t->b, t->ptr, at, "");
}

static int
is_object(Translator *t, int d)
{
    ValueKind k = vs_at(t, d)->kind;
    return k == V_MEM || k == V_LOCAL;
}

void
jit_translate_load_attr(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    int d = in->depth - 1;
    if (!feedback(t, in, &site) || site.opcode != OP_LOAD_ATTR_INSTANCE_VALUE ||
        site.type_version == 0 || !is_object(t, d)) {
        generic(t, in, JIT_H_op_load_attr);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef owner = vs_object(t, d);
    LLVMValueRef type = guarded_type(t, owner, site.type_version, deopt);
    LLVMValueRef dict = instance_dict(t, owner, type);
    branch_if(t, LLVMBuildIsNotNull(t->b, dict, ""), deopt, "has_dict");
    LLVMValueRef values = load(t, t->ptr, dict, offsetof(PyDictObject, ma_values));
    branch_if(t, LLVMBuildIsNotNull(t->b, values, ""), deopt, "split");
    LLVMValueRef used = load(t, t->i64, dict, offsetof(PyDictObject, ma_used));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSLT, const_i64(t, site.index), used, ""), deopt,
              "has_entry");
    LLVMValueRef keys = load(t, t->ptr, dict, offsetof(PyDictObject, ma_keys));
    LLVMValueRef shared = load(t, t->ptr, type, offsetof(PyHeapTypeObject, ht_cached_keys));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, keys, shared, ""), deopt, "shared_keys");
    LLVMValueRef v = load(t, t->ptr, values, sizeof(PyObject *) * (size_t)site.index);
    branch_if(t, LLVMBuildIsNotNull(t->b, v, ""), deopt, "present");
    incref(t, v);
    if (vs_at(t, d)->kind == V_MEM)
        decref(t, owner);
    set_slot(t, stack_slot(t, d), v);
    *vs_at(t, d) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth);
}

void
jit_translate_load_method(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    int d = in->depth - 1;
    if (!feedback(t, in, &site) ||
        (site.opcode != OP_LOAD_METHOD_NO_DICT && site.opcode != OP_LOAD_METHOD_WITH_VALUES) ||
        site.descr == NULL || !is_object(t, d) || site.type_version == 0 ||
        (site.opcode == OP_LOAD_METHOD_WITH_VALUES && site.keys_version == 0)) {
        generic(t, in, JIT_H_op_load_method);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef owner = vs_object(t, d);
    LLVMValueRef type = guarded_type(t, owner, site.type_version, deopt);
    if (site.opcode == OP_LOAD_METHOD_WITH_VALUES) {
        // The shared keys' version says the instance dict still cannot hold the name.
        LLVMValueRef dict = instance_dict(t, owner, type);
        branch_if(t, LLVMBuildIsNotNull(t->b, dict, ""), deopt, "has_dict");
        LLVMValueRef keys = load(t, t->ptr, dict, offsetof(PyDictObject, ma_keys));
        guard_u32(t, keys, offsetof(RtDictKeys, dk_version), site.keys_version, deopt);
    }
    // The method (kept alive by the class, whose version the guard checked), then the owner.
    LLVMValueRef method = const_ptr(t, site.descr);
    incref(t, method);
    if (vs_at(t, d)->kind != V_MEM)
        incref(t, owner);
    set_slot(t, stack_slot(t, d), method);
    set_slot(t, stack_slot(t, d + 1), owner);
    *vs_at(t, d) = (Value){.kind = V_MEM};
    *vs_at(t, d + 1) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth + 1);
}
