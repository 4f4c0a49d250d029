// translate_attr.c: globals, attributes and methods natively, on the forms the specializing
// interpreter found (LOAD_GLOBAL_MODULE / _BUILTIN, LOAD_ATTR_INSTANCE_VALUE / _SLOT /
// _MODULE / _CLASS, STORE_ATTR_INSTANCE_VALUE / _SLOT, LOAD_METHOD_NO_DICT / _WITH_VALUES /
// _CLASS / _MODULE): the dict-keys and type versions the site cached are
// checked again by the native code, and a mismatch deoptimizes (translate_value.c). A rebound
// global keeps its keys (and so its entry): the native code reads the new value. Without
// feedback (or after repeated deopts) the generic helper runs.
#include "jit/translate.h"
#include "runtime/objects/dict_internal.h"

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
    if (!jit_site_feedback(t, in, &site) ||
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

// Replace the owner at d (consumed) by v (a new reference) on the stack.
static void
replace_owner(Translator *t, int d, LLVMValueRef owner, LLVMValueRef v)
{
    if (vs_at(t, d)->kind == V_MEM)
        decref(t, owner);
    set_slot(t, stack_slot(t, d), v);
    *vs_at(t, d) = (Value){.kind = V_MEM};
}

// LOAD_ATTR_INSTANCE_VALUE: entry `index` of the owner's split dict, under the class's shared
// keys.
static LLVMValueRef
instance_value(Translator *t, const VmSiteProfile *site, LLVMValueRef owner,
               LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = guarded_type(t, owner, site->type_version, deopt);
    LLVMValueRef dict = instance_dict(t, owner, type);
    branch_if(t, LLVMBuildIsNotNull(t->b, dict, ""), deopt, "has_dict");
    LLVMValueRef values = load(t, t->ptr, dict, offsetof(PyDictObject, ma_values));
    branch_if(t, LLVMBuildIsNotNull(t->b, values, ""), deopt, "split");
    LLVMValueRef used = load(t, t->i64, dict, offsetof(PyDictObject, ma_used));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntSLT, const_i64(t, site->index), used, ""), deopt,
              "has_entry");
    LLVMValueRef keys = load(t, t->ptr, dict, offsetof(PyDictObject, ma_keys));
    LLVMValueRef shared = load(t, t->ptr, type, offsetof(PyHeapTypeObject, ht_cached_keys));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, keys, shared, ""), deopt, "shared_keys");
    return load(t, t->ptr, values, sizeof(PyObject *) * (size_t)site->index);
}

// LOAD_ATTR_MODULE / LOAD_METHOD_MODULE: entry `index` of an exact module's dict, whose keys
// still have the version specialized on.
static LLVMValueRef
module_value(Translator *t, const VmSiteProfile *site, LLVMValueRef owner,
             LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = load(t, t->ptr, owner, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, type, const_ptr(t, &PyModule_Type), ""), deopt,
              "module");
    LLVMValueRef dict = load(t, t->ptr, owner, offsetof(PyModuleObject, md_dict));
    branch_if(t, LLVMBuildIsNotNull(t->b, dict, ""), deopt, "has_dict");
    return dict_entry_value(t, dict, site->keys_version, site->index, deopt);
}

// LOAD_ATTR_CLASS / LOAD_METHOD_CLASS: owner is exactly a class of the version specialized
// on, so site->descr (which it keeps alive) is still what it finds.
static void
guard_class(Translator *t, const VmSiteProfile *site, LLVMValueRef owner,
            LLVMBasicBlockRef deopt)
{
    LLVMValueRef type = load(t, t->ptr, owner, offsetof(PyObject, ob_type));
    branch_if(t, LLVMBuildICmp(t->b, LLVMIntEQ, type, const_ptr(t, &PyType_Type), ""), deopt,
              "class");
    guard_u32(t, owner, offsetof(PyTypeObject, tp_version_tag), site->type_version, deopt);
}

// Can the site's form be translated natively from its feedback?
static int
native_load_attr(const VmSiteProfile *site)
{
    switch (site->opcode) {
    case OP_LOAD_ATTR_INSTANCE_VALUE:
    case OP_LOAD_ATTR_SLOT:
        return site->type_version != 0 && site->index >= 0;
    case OP_LOAD_ATTR_MODULE:
        return site->keys_version != 0 && site->index >= 0;
    case OP_LOAD_ATTR_CLASS:
        return site->type_version != 0 && site->descr != NULL;
    default:
        return 0;
    }
}

void
jit_translate_load_attr(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    int d = in->depth - 1;
    if (!jit_site_feedback(t, in, &site) || !native_load_attr(&site) || !is_object(t, d)) {
        generic(t, in, JIT_H_op_load_attr);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef owner = vs_object(t, d), v;
    switch (site.opcode) {
    case OP_LOAD_ATTR_INSTANCE_VALUE:
        v = instance_value(t, &site, owner, deopt);
        break;
    case OP_LOAD_ATTR_SLOT:
        guarded_type(t, owner, site.type_version, deopt);
        v = load(t, t->ptr, owner, (size_t)site.index);
        break;
    case OP_LOAD_ATTR_MODULE:
        v = module_value(t, &site, owner, deopt);
        break;
    default: // OP_LOAD_ATTR_CLASS
        guard_class(t, &site, owner, deopt);
        v = const_ptr(t, site.descr);
        break;
    }
    // An unset slot or entry: the interpreter raises the AttributeError.
    branch_if(t, LLVMBuildIsNotNull(t->b, v, ""), deopt, "present");
    incref(t, v);
    replace_owner(t, d, owner, v);
    vs_fall_through(t, in, in->depth);
}

// STORE_ATTR_INSTANCE_VALUE on owner (its type guarded) of value (vs_box's result for the
// value at vd) through the helper. When the helper takes nothing (a dict that does not fit
// the form: deopt; MemoryError: raise), the stack is as before the instruction again: the
// reference vs_box made, if it made one, goes.
static void
store_instance_value(Translator *t, const Instr *in, const VmSiteProfile *site,
                     LLVMValueRef owner, LLVMValueRef value, LLVMBasicBlockRef deopt)
{
    int vd = in->depth - 2;
    LLVMValueRef args[3] = {owner, value, const_i64(t, site->index)};
    set_prev_instr(t, in->at); // for the MemoryError
    LLVMValueRef r = call(t, JIT_H_store_instance_value, args, 3);
    LLVMBasicBlockRef stored = new_block(t, "stored"), untaken = new_block(t, "untaken");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntEQ, r, const_i32(t, 0), ""), stored,
                    untaken);
    enter(t, untaken);
    if (vs_at(t, vd)->kind != V_MEM)
        decref(t, value);
    LLVMBasicBlockRef raise = new_block(t, "store.fail");
    LLVMBuildCondBr(t->b, LLVMBuildICmp(t->b, LLVMIntSGT, r, const_i32(t, 0), ""), deopt, raise);
    enter(t, raise);
    vs_fail(t, in, in->depth);
    enter(t, stored);
}

// A __slots__ member at byte offset `offset` of owner takes value (a new reference).
static void
store_slot(Translator *t, LLVMValueRef owner, LLVMValueRef value, int offset)
{
    LLVMValueRef at = byte_gep(t, owner, (size_t)offset);
    LLVMValueRef old = LLVMBuildLoad2(t->b, t->ptr, at, "");
    LLVMBuildStore(t->b, value, at);
    xdecref(t, old); // last: a finalizer it runs sees the member updated
}

void
jit_translate_store_attr(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    int d = in->depth - 1, vd = in->depth - 2;
    if (!jit_site_feedback(t, in, &site) || site.type_version == 0 || site.index < 0 ||
        (site.opcode != OP_STORE_ATTR_INSTANCE_VALUE && site.opcode != OP_STORE_ATTR_SLOT) ||
        !is_object(t, d)) {
        vs_flush(t, in->depth, 1);
        jit_locals_flush(t, in->depth, 1);
        op_helper(t, in, JIT_H_op_store_attr);
        vs_reset(t, in->depth);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef owner = vs_object(t, d);
    guarded_type(t, owner, site.type_version, deopt);
    int boxes = vs_at(t, vd)->kind == V_INT || vs_at(t, vd)->kind == V_FLOAT;
    LLVMValueRef value = vs_box(t, vd);
    if (boxes) {
        LLVMBasicBlockRef ok = new_block(t, "boxed"), bad = new_block(t, "box.fail");
        LLVMBuildCondBr(t->b, LLVMBuildIsNull(t->b, value, ""), bad, ok);
        enter(t, bad);
        vs_fail(t, in, in->depth);
        enter(t, ok);
    }
    if (site.opcode == OP_STORE_ATTR_SLOT)
        store_slot(t, owner, value, site.index);
    else
        store_instance_value(t, in, &site, owner, value, deopt);
    if (vs_at(t, d)->kind == V_MEM)
        decref(t, owner);
    vs_fall_through(t, in, in->depth - 2);
}

// Can the site's form be translated natively from its feedback?
static int
native_load_method(const VmSiteProfile *site)
{
    switch (site->opcode) {
    case OP_LOAD_METHOD_WITH_VALUES:
        return site->keys_version != 0 && site->type_version != 0 && site->descr != NULL;
    case OP_LOAD_METHOD_NO_DICT:
    case OP_LOAD_METHOD_CLASS:
        return site->type_version != 0 && site->descr != NULL;
    case OP_LOAD_METHOD_MODULE:
        return site->keys_version != 0 && site->index >= 0;
    default:
        return 0;
    }
}

// LOAD_METHOD_CLASS / _MODULE: [NULL, attribute] replace the owner, as for a non-method.
static void
load_method_attribute(Translator *t, const Instr *in, const VmSiteProfile *site,
                      LLVMValueRef owner, LLVMBasicBlockRef deopt)
{
    int d = in->depth - 1;
    LLVMValueRef v;
    if (site->opcode == OP_LOAD_METHOD_CLASS) {
        guard_class(t, site, owner, deopt);
        v = const_ptr(t, site->descr);
    } else {
        v = module_value(t, site, owner, deopt);
    }
    incref(t, v);
    replace_owner(t, d, owner, LLVMConstNull(t->ptr));
    set_slot(t, stack_slot(t, d + 1), v);
    *vs_at(t, d + 1) = (Value){.kind = V_MEM};
    vs_fall_through(t, in, in->depth + 1);
}

void
jit_translate_load_method(Translator *t, const Instr *in)
{
    VmSiteProfile site;
    int d = in->depth - 1;
    if (!jit_site_feedback(t, in, &site) || !native_load_method(&site) || !is_object(t, d)) {
        generic(t, in, JIT_H_op_load_method);
        return;
    }
    LLVMBasicBlockRef deopt = vs_deopt_block(t, in, JIT_GUARD_VERSION);
    LLVMValueRef owner = vs_object(t, d);
    if (site.opcode == OP_LOAD_METHOD_CLASS || site.opcode == OP_LOAD_METHOD_MODULE) {
        load_method_attribute(t, in, &site, owner, deopt);
        return;
    }
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
