// assemble.c: turn a unit's basic-block graph into a code object, as CPython 3.11's
// assembler: the implicit return, the MAKE_CELL/COPY_FREE_VARS/RETURN_GENERATOR prologue,
// cell offsets, the graph optimizations (flowgraph.c), stack depth, exception-table
// labelling, jump directions and offsets with EXTENDED_ARG, then the code units, locations
// and exception table handed to rt_code_new.
#include <limits.h>
#include <string.h>
#include "frontend/compile_internal.h"

struct ExceptStack {
    BasicBlock *handlers[CO_MAXBLOCKS + 1];
    int depth;
};

int
fe_assemble_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case PSEUDO_SETUP_FINALLY:
    case PSEUDO_SETUP_WITH:
        return jump ? 1 : 0; // the handler gets the exception
    case PSEUDO_SETUP_CLEANUP:
        return jump ? 2 : 0; // ... and lasti
    case PSEUDO_POP_BLOCK:
    case PSEUDO_JUMP:
    case PSEUDO_JUMP_NO_INTERRUPT:
        return 0;
    case PSEUDO_POP_JUMP_IF_FALSE:
    case PSEUDO_POP_JUMP_IF_TRUE:
    case PSEUDO_POP_JUMP_IF_NONE:
    case PSEUDO_POP_JUMP_IF_NOT_NONE:
        return -1;
    default:
        return vm_opcode_stack_effect(op, arg, jump);
    }
}

// ---- prologue and cells ----------------------------------------------------------------

static int
code_flags(Compiler *c)
{
    SymEntry *ste = c->u->ste;
    int flags = 0;
    if (ste->type == ST_FUNCTION_BLOCK) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested)
            flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine)
            flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine)
            flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine)
            flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs)
            flags |= CO_VARARGS;
        if (ste->varkeywords)
            flags |= CO_VARKEYWORDS;
    }
    return flags | c->future_features;
}

static int
insert_instruction(BasicBlock *b, int pos, const Instr *in)
{
    if (fe_compile_next_instr(b) < 0)
        return -1;
    memmove(&b->instrs[pos + 1], &b->instrs[pos], (size_t)(b->used - 1 - pos) * sizeof(Instr));
    b->instrs[pos] = *in;
    return 0;
}

// Where each cell/free index lands in localsplus: after the locals, except cells that are
// also arguments, which share the argument's slot.
static int *
build_cellfixedoffsets(Unit *u)
{
    int nlocals = (int)PyDict_GET_SIZE(u->varnames);
    int noffsets = (int)(PyDict_GET_SIZE(u->cellvars) + PyDict_GET_SIZE(u->freevars));
    int *fixed = PyMem_Malloc((size_t)(noffsets + 1) * sizeof(int));
    if (fixed == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i < noffsets; i++)
        fixed[i] = nlocals + i;
    PyObject *name, *cellindex;
    Py_ssize_t pos = 0;
    while (PyDict_Next(u->cellvars, &pos, &name, &cellindex)) {
        PyObject *varindex = PyDict_GetItem(u->varnames, name);
        if (varindex != NULL)
            fixed[PyLong_AsLong(cellindex)] = (int)PyLong_AsLong(varindex);
    }
    return fixed;
}

static int
insert_prefix_instructions(Compiler *c, BasicBlock *entry, int *fixed, int nfreevars)
{
    Unit *u = c->u;
    if (code_flags(c) & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        Instr make_gen = {.op = OP_RETURN_GENERATOR,
                          .loc = {u->firstlineno, u->firstlineno, -1, -1}};
        Instr pop_top = {.op = OP_POP_TOP, .loc = NO_LOCATION};
        if (insert_instruction(entry, 0, &make_gen) < 0 ||
            insert_instruction(entry, 1, &pop_top) < 0)
            return -1;
    }
    // MAKE_CELL for each cell, in localsplus order.
    int ncellvars = (int)PyDict_GET_SIZE(u->cellvars);
    if (ncellvars) {
        int nvars = ncellvars + (int)PyDict_GET_SIZE(u->varnames);
        int *sorted = PyMem_Calloc((size_t)nvars, sizeof(int));
        if (sorted == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        for (int i = 0; i < ncellvars; i++)
            sorted[fixed[i]] = i + 1;
        for (int i = 0, used = 0; used < ncellvars; i++) {
            if (sorted[i] == 0)
                continue;
            Instr make_cell = {.op = OP_MAKE_CELL, .arg = sorted[i] - 1, .loc = NO_LOCATION};
            if (insert_instruction(entry, used++, &make_cell) < 0) {
                PyMem_Free(sorted);
                return -1;
            }
        }
        PyMem_Free(sorted);
    }
    if (nfreevars) {
        Instr copy_frees = {.op = OP_COPY_FREE_VARS, .arg = nfreevars, .loc = NO_LOCATION};
        if (insert_instruction(entry, 0, &copy_frees) < 0)
            return -1;
    }
    return 0;
}

// Renumber the cell/free operands to localsplus indexes; returns how many cells were
// dropped because they share an argument's slot.
static int
fix_cell_offsets(Unit *u, BasicBlock *entry, int *fixedmap)
{
    int nlocals = (int)PyDict_GET_SIZE(u->varnames);
    int noffsets = (int)(PyDict_GET_SIZE(u->cellvars) + PyDict_GET_SIZE(u->freevars));
    int numdropped = 0;
    for (int i = 0; i < noffsets; i++) {
        if (fixedmap[i] == i + nlocals)
            fixedmap[i] -= numdropped;
        else
            numdropped++;
    }
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        for (int i = 0; i < b->used; i++) {
            Instr *in = &b->instrs[i];
            switch (in->op) {
            case OP_MAKE_CELL:
            case OP_LOAD_CLOSURE:
            case OP_LOAD_DEREF:
            case OP_STORE_DEREF:
            case OP_DELETE_DEREF:
            case OP_LOAD_CLASSDEREF:
                in->arg = fixedmap[in->arg];
                break;
            default:
                break;
            }
        }
    }
    return numdropped;
}

// ---- stack depth and exception handlers ------------------------------------------------

static void
stackdepth_push(BasicBlock ***sp, BasicBlock *b, int depth)
{
    if (b->startdepth < depth && b->startdepth < 100) {
        b->startdepth = depth;
        *(*sp)++ = b;
    }
}

// The deepest stack along any path (cycles are assumed to have no net effect).
static int
stackdepth(Compiler *c, BasicBlock *entry, int nblocks)
{
    int maxdepth = 0;
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list)
        b->startdepth = INT_MIN;
    BasicBlock **stack = PyMem_Malloc((size_t)nblocks * sizeof(BasicBlock *)), **sp = stack;
    if (stack == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    // A generator's frame starts with the value RETURN_GENERATOR leaves for its POP_TOP.
    stackdepth_push(&sp, entry, c->u->ste->generator || c->u->ste->coroutine ? 1 : 0);
    while (sp != stack) {
        BasicBlock *b = *--sp, *next = b->next;
        int depth = b->startdepth;
        for (int i = 0; i < b->used; i++) {
            Instr *in = &b->instrs[i];
            int new_depth = depth + fe_assemble_stack_effect(in->op, in->arg, 0);
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (is_jump(in) || is_block_push(in)) {
                int target_depth = depth + fe_assemble_stack_effect(in->op, in->arg, 1);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                stackdepth_push(&sp, in->target, target_depth);
            }
            depth = new_depth;
            if (in->op == PSEUDO_JUMP_NO_INTERRUPT || in->op == PSEUDO_JUMP ||
                in->op == OP_RETURN_VALUE || in->op == OP_RAISE_VARARGS || in->op == OP_RERAISE) {
                next = NULL; // the rest is dead
                break;
            }
        }
        if (next != NULL)
            stackdepth_push(&sp, next, depth);
    }
    PyMem_Free(stack);
    return maxdepth;
}

static ExceptStack *
copy_except_stack(const ExceptStack *stack)
{
    ExceptStack *copy = PyMem_Malloc(sizeof(ExceptStack));
    if (copy == NULL)
        PyErr_NoMemory();
    else
        memcpy(copy, stack, sizeof(ExceptStack));
    return copy;
}

static void
visit_later(BasicBlock ***todo, BasicBlock *b, ExceptStack *stack)
{
    b->exceptstack = stack;
    b->visited = 1;
    *(*todo)++ = b;
}

// Give every instruction the handler that covers it, following the SETUP_*/POP_BLOCK
// pseudo-instructions along the control flow.
static int
label_exception_targets(BasicBlock *entry, int nblocks)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        b->visited = 0;
    BasicBlock **todo_stack = PyMem_Malloc((size_t)(nblocks + 1) * sizeof(BasicBlock *));
    ExceptStack *stack = PyMem_Calloc(1, sizeof(ExceptStack));
    if (todo_stack == NULL || stack == NULL) {
        PyMem_Free(todo_stack);
        PyMem_Free(stack);
        PyErr_NoMemory();
        return -1;
    }
    BasicBlock **todo = todo_stack;
    visit_later(&todo, entry, stack);
    while (todo > todo_stack) {
        BasicBlock *b = *--todo;
        stack = b->exceptstack;
        b->exceptstack = NULL;
        BasicBlock *handler = stack->handlers[stack->depth];
        for (int i = 0; i < b->used; i++) {
            Instr *in = &b->instrs[i];
            if (is_block_push(in)) {
                if (!in->target->visited) {
                    ExceptStack *copy = copy_except_stack(stack);
                    if (copy == NULL)
                        goto error;
                    visit_later(&todo, in->target, copy);
                }
                if (in->op == PSEUDO_SETUP_WITH || in->op == PSEUDO_SETUP_CLEANUP)
                    in->target->preserve_lasti = 1;
                handler = stack->handlers[++stack->depth] = in->target;
            } else if (in->op == PSEUDO_POP_BLOCK) {
                handler = stack->handlers[--stack->depth];
            } else if (is_jump(in)) {
                in->except = handler;
                if (!in->target->visited) {
                    if (!b->nofallthrough) {
                        ExceptStack *copy = copy_except_stack(stack);
                        if (copy == NULL)
                            goto error;
                        visit_later(&todo, in->target, copy);
                    } else {
                        visit_later(&todo, in->target, stack);
                        stack = NULL;
                    }
                }
            } else {
                in->except = handler;
            }
        }
        if (!b->nofallthrough && !b->next->visited)
            visit_later(&todo, b->next, stack);
        else
            PyMem_Free(stack);
    }
    PyMem_Free(todo_stack);
    return 0;
error:
    PyMem_Free(todo_stack);
    PyMem_Free(stack);
    return -1;
}

static void
convert_exception_handlers_to_nops(BasicBlock *entry)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        for (int i = 0; i < b->used; i++)
            if (is_block_push(&b->instrs[i]) || b->instrs[i].op == PSEUDO_POP_BLOCK)
                b->instrs[i].op = OP_NOP;
}

// Every return gets a line, even when earlier passes could not propagate one.
static void
guarantee_lineno_for_exits(BasicBlock *entry, int firstlineno)
{
    int lineno = firstlineno;
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (b->used == 0)
            continue;
        Instr *last = &b->instrs[b->used - 1];
        if (last->loc.line >= 0) {
            lineno = last->loc.line;
        } else if (last->op == OP_RETURN_VALUE) {
            for (int i = 0; i < b->used; i++)
                b->instrs[i].loc.line = lineno;
        }
    }
}

// ---- jumps and offsets ------------------------------------------------------------------

// Pseudo jumps become forward or backward jumps now that the block order is final.
static int
normalize_jumps(BasicBlock *entry)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        b->visited = 0;
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        b->visited = 1;
        if (b->used == 0)
            continue;
        Instr *last = &b->instrs[b->used - 1];
        if (!is_jump(last))
            continue;
        int fwd = !last->target->visited;
        switch (last->op) {
        case PSEUDO_JUMP:
            last->op = fwd ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
            break;
        case PSEUDO_JUMP_NO_INTERRUPT:
            last->op = fwd ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD_NO_INTERRUPT;
            break;
        case PSEUDO_POP_JUMP_IF_NOT_NONE:
            last->op = fwd ? OP_POP_JUMP_FORWARD_IF_NOT_NONE : OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
            break;
        case PSEUDO_POP_JUMP_IF_NONE:
            last->op = fwd ? OP_POP_JUMP_FORWARD_IF_NONE : OP_POP_JUMP_BACKWARD_IF_NONE;
            break;
        case PSEUDO_POP_JUMP_IF_FALSE:
            last->op = fwd ? OP_POP_JUMP_FORWARD_IF_FALSE : OP_POP_JUMP_BACKWARD_IF_FALSE;
            break;
        case PSEUDO_POP_JUMP_IF_TRUE:
            last->op = fwd ? OP_POP_JUMP_FORWARD_IF_TRUE : OP_POP_JUMP_BACKWARD_IF_TRUE;
            break;
        case OP_JUMP_IF_TRUE_OR_POP:
        case OP_JUMP_IF_FALSE_OR_POP:
            if (!fwd) {
                PyErr_Format(PyExc_SystemError, "unexpected %s jumping backwards",
                             last->op == OP_JUMP_IF_TRUE_OR_POP ? "JUMP_IF_TRUE_OR_POP"
                                                                : "JUMP_IF_FALSE_OR_POP");
                return -1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

static int
blocksize(const BasicBlock *b)
{
    int size = 0;
    for (int i = 0; i < b->used; i++)
        size += instr_size(&b->instrs[i]);
    return size;
}

// Lay out the blocks and set each jump's distance, until no EXTENDED_ARG changes a size.
static void
assemble_jump_offsets(Unit *u, BasicBlock *entry)
{
    int again;
    do {
        int total = 0;
        for (BasicBlock *b = entry; b != NULL; b = b->next) {
            b->offset = total;
            total += blocksize(b);
        }
        again = 0;
        for (BasicBlock *b = u->blocks; b != NULL; b = b->list) {
            int pos = b->offset;
            for (int i = 0; i < b->used; i++) {
                Instr *in = &b->instrs[i];
                int isize = instr_size(in);
                pos += isize; // relative to the instruction after this one and its caches
                if (!is_jump(in))
                    continue;
                int target = in->target->offset;
                in->arg = target < pos ? pos - target : target - pos;
                if (instr_size(in) != isize)
                    again = 1;
            }
        }
    } while (again);
}

// ---- emission --------------------------------------------------------------------------------

typedef struct {
    PyCodeUnit *code;
    RtCodeLocation *locs;
    unsigned char *starts; // the first unit of each instruction
    Py_ssize_t n;
} Output;

static void
write_instr(Output *o, const Instr *in)
{
    int arg = has_arg(in->op) ? in->arg : 0, size = instr_size(in);
    int caches = vm_opcode_caches(in->op), units = size - caches;
    memset(o->starts + o->n, 0, (size_t)size);
    o->starts[o->n] = 1;
    for (int k = units - 1; k >= 1; k--)
        o->code[o->n++] = (PyCodeUnit)(OP_EXTENDED_ARG | (((arg >> (8 * k)) & 0xFF) << 8));
    o->code[o->n++] = (PyCodeUnit)(in->op | ((arg & 0xFF) << 8));
    for (int k = 0; k < caches; k++)
        o->code[o->n++] = OP_CACHE;
    for (Py_ssize_t k = o->n - size; k < o->n; k++)
        o->locs[k] = in->loc;
}

static int
exception_entry(unsigned char **buf, Py_ssize_t *len, Py_ssize_t *cap, int start, int end,
                BasicBlock *handler)
{
    int depth = handler->startdepth - 1 - handler->preserve_lasti;
    return rt_code_exctable_append(buf, len, cap, start, end, handler->offset, depth,
                                   handler->preserve_lasti);
}

static PyObject *
exception_table(BasicBlock *entry)
{
    unsigned char *buf = NULL;
    Py_ssize_t len = 0, cap = 0;
    BasicBlock *handler = NULL;
    int start = -1, ioffset = 0;
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        ioffset = b->offset;
        for (int i = 0; i < b->used; i++) {
            Instr *in = &b->instrs[i];
            if (in->except != handler) {
                if (handler != NULL &&
                    exception_entry(&buf, &len, &cap, start, ioffset, handler) < 0)
                    goto error;
                start = ioffset;
                handler = in->except;
            }
            ioffset += instr_size(in);
        }
    }
    if (handler != NULL && exception_entry(&buf, &len, &cap, start, ioffset, handler) < 0)
        goto error;
    PyObject *table = PyBytes_FromStringAndSize((const char *)buf, len);
    PyMem_Free(buf);
    return table;
error:
    PyMem_Free(buf);
    return NULL;
}

// ---- the code object --------------------------------------------------------------------

// The keys of dict (key -> index) as a tuple in index order; constants keyed by a tuple
// (rt_code_constant_key) are its second item.
static PyObject *
keys_in_order(PyObject *dict, int unwrap)
{
    Py_ssize_t size = PyDict_GET_SIZE(dict), pos = 0;
    PyObject *list = PyList_New(size), *k, *v;
    if (list == NULL)
        return NULL;
    while (PyDict_Next(dict, &pos, &k, &v)) {
        if (unwrap && PyTuple_CheckExact(k))
            k = PyTuple_GET_ITEM(k, 1);
        PyList_SET_ITEM(list, PyLong_AsSsize_t(v), Py_NewRef(k));
    }
    return list;
}

static int
localsplus_info(Unit *u, int nlocalsplus, PyObject **names, PyObject **kinds)
{
    *names = PyTuple_New(nlocalsplus);
    *kinds = PyBytes_FromStringAndSize(NULL, nlocalsplus);
    if (*names == NULL || *kinds == NULL)
        return -1;
    unsigned char *k = (unsigned char *)PyBytes_AS_STRING(*kinds);
    PyObject *name, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(u->varnames, &pos, &name, &v)) {
        Py_ssize_t off = PyLong_AsSsize_t(v);
        PyTuple_SET_ITEM(*names, off, Py_NewRef(name));
        k[off] = CO_FAST_LOCAL | (PyDict_GetItem(u->cellvars, name) ? CO_FAST_CELL : 0);
    }
    int nlocals = (int)PyDict_GET_SIZE(u->varnames), numdropped = 0;
    pos = 0;
    while (PyDict_Next(u->cellvars, &pos, &name, &v)) {
        if (PyDict_GetItem(u->varnames, name) != NULL) {
            numdropped++; // an argument cell: already in the locals
            continue;
        }
        Py_ssize_t off = PyLong_AsSsize_t(v) + nlocals - numdropped;
        PyTuple_SET_ITEM(*names, off, Py_NewRef(name));
        k[off] = CO_FAST_CELL;
    }
    pos = 0;
    while (PyDict_Next(u->freevars, &pos, &name, &v)) {
        Py_ssize_t off = PyLong_AsSsize_t(v) + nlocals - numdropped;
        PyTuple_SET_ITEM(*names, off, Py_NewRef(name));
        k[off] = CO_FAST_FREE;
    }
    return 0;
}

static PyCodeObject *
makecode(Compiler *c, BasicBlock *entry, PyObject *constslist, int maxdepth, int nlocalsplus)
{
    Unit *u = c->u;
    PyCodeObject *co = NULL;
    PyObject *names_list = keys_in_order(u->names, 0), *names = NULL, *consts = NULL;
    PyObject *lpnames = NULL, *lpkinds = NULL, *exctable = NULL;
    Output out = {0};
    int total = 0;
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        total += blocksize(b);
    out.code = PyMem_Malloc((size_t)(total + 1) * sizeof(PyCodeUnit));
    out.locs = PyMem_Malloc((size_t)(total + 1) * sizeof(RtCodeLocation));
    out.starts = PyMem_Malloc((size_t)total + 1);
    if (names_list == NULL || out.code == NULL || out.locs == NULL || out.starts == NULL) {
        if (names_list != NULL)
            PyErr_NoMemory();
        goto done;
    }
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        for (int i = 0; i < b->used; i++)
            write_instr(&out, &b->instrs[i]);
    names = PyList_AsTuple(names_list);
    consts = PyList_AsTuple(constslist);
    exctable = exception_table(entry);
    if (names == NULL || consts == NULL || exctable == NULL ||
        localsplus_info(u, nlocalsplus, &lpnames, &lpkinds) < 0)
        goto done;
    RtCodeSpec spec = {
        .filename = c->filename,
        .name = u->name,
        .qualname = u->qualname != NULL ? u->qualname : u->name,
        .flags = code_flags(c),
        .argcount = u->posonlyargcount + u->argcount,
        .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount,
        .stacksize = maxdepth,
        .firstlineno = u->firstlineno,
        .code = out.code,
        .ncode = out.n,
        .consts = consts,
        .names = names,
        .localsplusnames = lpnames,
        .localspluskinds = lpkinds,
        .exceptiontable = exctable,
        .locations = out.locs,
        .starts = out.starts,
    };
    co = rt_code_new(&spec);
done:
    PyMem_Free(out.code);
    PyMem_Free(out.locs);
    PyMem_Free(out.starts);
    Py_XDECREF(names_list);
    Py_XDECREF(names);
    Py_XDECREF(consts);
    Py_XDECREF(lpnames);
    Py_XDECREF(lpkinds);
    Py_XDECREF(exctable);
    return co;
}

// The passes of CPython's assemble() after the prologue, up to the final layout.
static int
optimize_and_layout(Compiler *c, BasicBlock *entry, int nblocks, PyObject *consts, int *maxdepth)
{
    if (fe_flowgraph_optimize(c, entry, nblocks, consts) < 0 ||
        fe_flowgraph_duplicate_exits_without_lineno(c) < 0 ||
        fe_flowgraph_trim_unused_consts(entry, consts) < 0)
        return -1;
    fe_flowgraph_propagate_line_numbers(entry);
    guarantee_lineno_for_exits(entry, c->u->firstlineno);
    int nall = 0;
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list)
        nall++;
    if ((*maxdepth = stackdepth(c, entry, nall)) < 0 || label_exception_targets(entry, nall) < 0)
        return -1;
    convert_exception_handlers_to_nops(entry);
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        fe_flowgraph_clean_block(b);
    if (normalize_jumps(entry) < 0)
        return -1;
    assemble_jump_offsets(c->u, entry);
    return 0;
}

PyCodeObject *
fe_assemble(Compiler *c, int add_none)
{
    Unit *u = c->u;
    // Falling off the end returns None.
    if (!u->curblock->ret) {
        u->loc = NO_LOCATION;
        if ((add_none && emit_load_const(c, Py_None) < 0) || emit(c, OP_RETURN_VALUE) < 0)
            return NULL;
    }
    for (BasicBlock *b = u->blocks; b != NULL; b = b->list)
        if (fe_flowgraph_normalize_block(b) < 0)
            return NULL;
    for (BasicBlock *b = u->blocks; b != NULL; b = b->list)
        if (fe_flowgraph_extend_block(b) < 0)
            return NULL;
    int nblocks = 0;
    BasicBlock *entry = NULL;
    for (BasicBlock *b = u->blocks; b != NULL; b = b->list) {
        nblocks++;
        entry = b;
    }
    int nlocalsplus = (int)(PyDict_GET_SIZE(u->varnames) + PyDict_GET_SIZE(u->cellvars) +
                            PyDict_GET_SIZE(u->freevars));
    int *fixed = build_cellfixedoffsets(u);
    if (fixed == NULL)
        return NULL;
    if (!u->firstlineno)
        u->firstlineno = entry->used && entry->instrs[0].loc.line ? entry->instrs[0].loc.line : 1;
    PyCodeObject *co = NULL;
    PyObject *consts = NULL;
    int maxdepth;
    if (insert_prefix_instructions(c, entry, fixed, (int)PyDict_GET_SIZE(u->freevars)) < 0)
        goto done;
    nlocalsplus -= fix_cell_offsets(u, entry, fixed);
    consts = keys_in_order(u->consts, 1);
    if (consts == NULL || optimize_and_layout(c, entry, nblocks, consts, &maxdepth) < 0)
        goto done;
    co = makecode(c, entry, consts, maxdepth, nlocalsplus);
done:
    PyMem_Free(fixed);
    Py_XDECREF(consts);
    return co;
}
