// flowgraph.c: CPython 3.11's optimizations on the basic-block graph of a unit: constant
// conditions and tuples, jump threading, SWAP shuffling, dead-block removal, redundant
// jumps and NOPs, and the line-number propagation PEP 626 needs. The graph is built by
// compile*.c and laid out and encoded by assemble.c.
#include "frontend/compile_internal.h"

// Blocks at most this long are copied instead of jumped to (exit blocks without a line).
#define MAX_COPY_SIZE 4

static void
copy_loc(const Instr *from, Instr *to)
{
    to->loc = from->loc;
}

int
fe_flowgraph_normalize_block(BasicBlock *b)
{
    for (int i = 0; i < b->used; i++) {
        Instr *in = &b->instrs[i];
        switch (in->op) {
        case OP_RETURN_VALUE:
        case OP_RAISE_VARARGS:
        case OP_RERAISE:
            b->exit = 1;
            b->nofallthrough = 1;
            break;
        case PSEUDO_JUMP:
        case PSEUDO_JUMP_NO_INTERRUPT:
            b->nofallthrough = 1;
            // fall through
        case PSEUDO_POP_JUMP_IF_NOT_NONE:
        case PSEUDO_POP_JUMP_IF_NONE:
        case PSEUDO_POP_JUMP_IF_FALSE:
        case PSEUDO_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
        case OP_FOR_ITER:
            if (i != b->used - 1) {
                PyErr_SetString(PyExc_SystemError, "malformed control flow graph.");
                return -1;
            }
            while (in->target->used == 0)
                in->target = in->target->next;
            break;
        default:
            break;
        }
    }
    return 0;
}

static int
has_lineno(const BasicBlock *b)
{
    for (int i = 0; i < b->used; i++)
        if (b->instrs[i].loc.line > 0)
            return 1;
    return 0;
}

int
fe_flowgraph_extend_block(BasicBlock *b)
{
    if (b->used == 0)
        return 0;
    Instr *last = &b->instrs[b->used - 1];
    if (last->op != PSEUDO_JUMP && last->op != OP_JUMP_FORWARD && last->op != OP_JUMP_BACKWARD)
        return 0;
    BasicBlock *to_copy = last->target;
    // Only blocks without a line (like the implicit `return None`) are copied.
    if (!to_copy->exit || to_copy->used > MAX_COPY_SIZE || has_lineno(to_copy))
        return 0;
    last->op = OP_NOP;
    for (int i = 0; i < to_copy->used; i++) {
        int index = fe_compile_next_instr(b);
        if (index < 0)
            return -1;
        b->instrs[index] = to_copy->instrs[i];
    }
    b->exit = 1;
    return 0;
}

void
fe_flowgraph_clean_block(BasicBlock *b)
{
    int dest = 0, prev_line = -1;
    for (int src = 0; src < b->used; src++) {
        int line = b->instrs[src].loc.line;
        if (b->instrs[src].op == OP_NOP) {
            // A NOP stays only if it is the one instruction of its line.
            if (line < 0 || prev_line == line)
                continue;
            if (src < b->used - 1) {
                int next_line = b->instrs[src + 1].loc.line;
                if (next_line == line)
                    continue;
                if (next_line < 0) {
                    copy_loc(&b->instrs[src], &b->instrs[src + 1]);
                    continue;
                }
            } else {
                BasicBlock *next = b->next;
                while (next != NULL && next->used == 0)
                    next = next->next;
                if (next != NULL && line == next->instrs[0].loc.line)
                    continue;
            }
        }
        if (dest != src)
            b->instrs[dest] = b->instrs[src];
        dest++;
        prev_line = line;
    }
    b->used = dest;
}

// ---- peephole -------------------------------------------------------------------------------

// LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n  ->  LOAD_CONST (c1, ..., cn).
static int
fold_tuple_on_constants(Compiler *c, Instr *inst, int n, PyObject *consts)
{
    for (int i = 0; i < n; i++)
        if (inst[i].op != OP_LOAD_CONST)
            return 0;
    PyObject *newconst = PyTuple_New(n);
    if (newconst == NULL)
        return -1;
    for (int i = 0; i < n; i++)
        PyTuple_SET_ITEM(newconst, i, Py_NewRef(PyList_GET_ITEM(consts, inst[i].arg)));
    if (fe_compile_merge_const_one(c, &newconst) < 0) {
        Py_DECREF(newconst);
        return -1;
    }
    Py_ssize_t index;
    for (index = 0; index < PyList_GET_SIZE(consts); index++)
        if (PyList_GET_ITEM(consts, index) == newconst)
            break;
    if (index == PyList_GET_SIZE(consts) && PyList_Append(consts, newconst) < 0) {
        Py_DECREF(newconst);
        return -1;
    }
    Py_DECREF(newconst);
    for (int i = 0; i < n; i++)
        inst[i].op = OP_NOP;
    inst[n].op = OP_LOAD_CONST;
    inst[n].arg = (int)index;
    return 0;
}

#define VISITED (-1)

// Replace a run of SWAPs and NOPs by the fewest SWAPs with the same effect.
static int
swaptimize(BasicBlock *b, int *ix)
{
    Instr *instrs = &b->instrs[*ix];
    int depth = instrs[0].arg, len = 0, more = 0, limit = b->used - *ix;
    while (++len < limit) {
        int op = instrs[len].op;
        if (op == OP_SWAP) {
            if (instrs[len].arg > depth)
                depth = instrs[len].arg;
            more = 1;
        } else if (op != OP_NOP) {
            break;
        }
    }
    if (!more)
        return 0;
    int *stack = PyMem_Malloc((size_t)depth * sizeof(int));
    if (stack == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    // Simulate the SWAPs (1-indexed) on a model stack.
    for (int i = 0; i < len; i++) {
        if (instrs[i].op == OP_SWAP) {
            int arg = instrs[i].arg, top = stack[0];
            stack[0] = stack[arg - 1];
            stack[arg - 1] = top;
        }
    }
    // Walk each cycle of the permutation, emitting its swaps from the end of the run
    // backwards (so un-shuffling in reverse order shuffles).
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                instrs[current].op = OP_SWAP;
                instrs[current--].arg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (current >= 0)
        instrs[current--].op = OP_NOP;
    PyMem_Free(stack);
    *ix += len - 1;
    return 0;
}

// Only instructions that touch TOS alone, cannot jump, raise or run code may be reordered.
static int
swappable(int op)
{
    return op == OP_STORE_FAST || op == OP_POP_TOP;
}

static int
stores_to(const Instr *i)
{
    return i->op == OP_STORE_FAST ? i->arg : -1;
}

static int
next_swappable_instruction(BasicBlock *b, int i, int lineno)
{
    while (++i < b->used) {
        Instr *in = &b->instrs[i];
        // Reordering across a line change would change the names bound at line events.
        if (lineno >= 0 && in->loc.line != lineno)
            return -1;
        if (in->op == OP_NOP)
            continue;
        return swappable(in->op) ? i : -1;
    }
    return -1;
}

// SWAP 2, POP_TOP, STORE_FAST x  ->  NOP, STORE_FAST x, POP_TOP: swap instructions, not values.
static void
apply_static_swaps(BasicBlock *b, int i)
{
    for (; i >= 0; i--) {
        Instr *swap = &b->instrs[i];
        if (swap->op != OP_SWAP) {
            if (swap->op == OP_NOP || swappable(swap->op))
                continue;
            return;
        }
        int j = next_swappable_instruction(b, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = b->instrs[j].loc.line;
        for (int count = swap->arg - 1; count > 0; count--) {
            k = next_swappable_instruction(b, k, lineno);
            if (k < 0)
                return;
        }
        // Not if both store to one variable, or something in between stores to either.
        int store_j = stores_to(&b->instrs[j]), store_k = stores_to(&b->instrs[k]);
        if (store_j >= 0 || store_k >= 0) {
            if (store_j == store_k)
                return;
            for (int idx = j + 1; idx < k; idx++) {
                int s = stores_to(&b->instrs[idx]);
                if (s >= 0 && (s == store_j || s == store_k))
                    return;
            }
        }
        swap->op = OP_NOP;
        Instr temp = b->instrs[j];
        b->instrs[j] = b->instrs[k];
        b->instrs[k] = temp;
    }
}

// Jump straight to where target jumps, with op. 1 if done (the caller re-examines inst).
static int
jump_thread(Instr *inst, Instr *target, int op)
{
    // bpo-45773: threading to the same target would loop forever.
    if (inst->loc.line == target->loc.line && inst->target != target->target) {
        inst->target = target->target;
        inst->op = op;
        return 1;
    }
    return 0;
}

// LOAD_CONST followed by a conditional jump or `is None` test.
static int
optimize_load_const(BasicBlock *b, int i, PyObject *consts)
{
    Instr *inst = &b->instrs[i];
    int nextop = i + 1 < b->used ? b->instrs[i + 1].op : 0;
    PyObject *cnt = PyList_GET_ITEM(consts, inst->arg);
    int is_true;
    switch (nextop) {
    case PSEUDO_POP_JUMP_IF_FALSE:
    case PSEUDO_POP_JUMP_IF_TRUE:
        if ((is_true = PyObject_IsTrue(cnt)) < 0)
            return -1;
        inst->op = OP_NOP;
        if (is_true == (nextop == PSEUDO_POP_JUMP_IF_TRUE)) {
            b->instrs[i + 1].op = PSEUDO_JUMP;
            b->nofallthrough = 1;
        } else {
            b->instrs[i + 1].op = OP_NOP;
        }
        break;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        if ((is_true = PyObject_IsTrue(cnt)) < 0)
            return -1;
        if (is_true == (nextop == OP_JUMP_IF_TRUE_OR_POP)) {
            b->instrs[i + 1].op = PSEUDO_JUMP;
            b->nofallthrough = 1;
        } else {
            inst->op = OP_NOP;
            b->instrs[i + 1].op = OP_NOP;
        }
        break;
    case OP_IS_OP: {
        int jump_op = i + 2 < b->used ? b->instrs[i + 2].op : 0;
        if (Py_IsNone(cnt) &&
            (jump_op == PSEUDO_POP_JUMP_IF_FALSE || jump_op == PSEUDO_POP_JUMP_IF_TRUE)) {
            unsigned char nextarg = (unsigned char)b->instrs[i + 1].arg;
            inst->op = OP_NOP;
            b->instrs[i + 1].op = OP_NOP;
            b->instrs[i + 2].op = nextarg ^ (jump_op == PSEUDO_POP_JUMP_IF_FALSE)
                                      ? PSEUDO_POP_JUMP_IF_NOT_NONE
                                      : PSEUDO_POP_JUMP_IF_NONE;
        }
        break;
    }
    default:
        break;
    }
    return 0;
}

// The threading of x: JUMP_IF_FALSE_OR_POP y  when y is another jump.
static int
thread_or_pop(BasicBlock *b, int i, Instr *target, int same_cond_pop, int other_cond_pop,
              int pop_same, int pop_other)
{
    Instr *inst = &b->instrs[i];
    int op = inst->op;
    if (target->op == same_cond_pop)
        return jump_thread(inst, target, pop_same);
    if (target->op == PSEUDO_JUMP || target->op == op)
        return jump_thread(inst, target, op);
    if ((target->op == other_cond_pop || target->op == pop_other) &&
        inst->loc.line == target->loc.line) {
        // The second test fails when the first jumps: jump past it, popping the value.
        inst->op = pop_same;
        inst->target = inst->target->next;
        return 1;
    }
    return 0;
}

static int
optimize_basic_block(Compiler *c, BasicBlock *b, PyObject *consts)
{
    Instr nop = {.op = OP_NOP};
    for (int i = 0; i < b->used; i++) {
        Instr *inst = &b->instrs[i], *target = &nop;
        int oparg = inst->arg, nextop = i + 1 < b->used ? b->instrs[i + 1].op : 0;
        if (is_jump(inst) || is_block_push(inst)) {
            while (inst->target->used == 0)
                inst->target = inst->target->next;
            target = &inst->target->instrs[0];
        }
        switch (inst->op) {
        case OP_LOAD_CONST:
            if (optimize_load_const(b, i, consts) < 0)
                return -1;
            break;
        case OP_BUILD_TUPLE:
            // BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing for 1, a SWAP for 2 and 3.
            if (nextop == OP_UNPACK_SEQUENCE && oparg == b->instrs[i + 1].arg) {
                if (oparg == 1) {
                    inst->op = OP_NOP;
                    b->instrs[i + 1].op = OP_NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->op = OP_NOP;
                    b->instrs[i + 1].op = OP_SWAP;
                    continue;
                }
            }
            if (i >= oparg && fold_tuple_on_constants(c, inst - oparg, oparg, consts) < 0)
                return -1;
            break;
        case OP_JUMP_IF_FALSE_OR_POP:
            i -= thread_or_pop(b, i, target, PSEUDO_POP_JUMP_IF_FALSE, OP_JUMP_IF_TRUE_OR_POP,
                               PSEUDO_POP_JUMP_IF_FALSE, PSEUDO_POP_JUMP_IF_TRUE);
            break;
        case OP_JUMP_IF_TRUE_OR_POP:
            i -= thread_or_pop(b, i, target, PSEUDO_POP_JUMP_IF_TRUE, OP_JUMP_IF_FALSE_OR_POP,
                               PSEUDO_POP_JUMP_IF_TRUE, PSEUDO_POP_JUMP_IF_FALSE);
            break;
        case PSEUDO_POP_JUMP_IF_NOT_NONE:
        case PSEUDO_POP_JUMP_IF_NONE:
        case PSEUDO_POP_JUMP_IF_FALSE:
        case PSEUDO_POP_JUMP_IF_TRUE:
        case PSEUDO_JUMP:
            if (target->op == PSEUDO_JUMP)
                i -= jump_thread(inst, target, inst->op);
            break;
        case OP_SWAP:
            if (oparg == 1) {
                inst->op = OP_NOP;
                break;
            }
            if (swaptimize(b, &i) < 0)
                return -1;
            apply_static_swaps(b, i);
            break;
        case OP_PUSH_NULL:
            if (nextop == OP_LOAD_GLOBAL && (inst[1].op & 1) == 0) {
                inst->op = OP_NOP;
                inst->arg = 0;
                inst[1].arg |= 1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

// ---- reachability ----------------------------------------------------------------------

static int
mark_reachable(BasicBlock *entry, int nblocks)
{
    BasicBlock **stack = PyMem_Malloc((size_t)nblocks * sizeof(BasicBlock *)), **sp = stack;
    if (stack == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    entry->predecessors = 1;
    *sp++ = entry;
    while (sp > stack) {
        BasicBlock *b = *--sp;
        if (b->next != NULL && !b->nofallthrough) {
            if (b->next->predecessors == 0)
                *sp++ = b->next;
            b->next->predecessors++;
        }
        for (int i = 0; i < b->used; i++) {
            Instr *in = &b->instrs[i];
            if (is_jump(in) || is_block_push(in)) {
                if (in->target->predecessors == 0)
                    *sp++ = in->target;
                in->target->predecessors++;
            }
        }
    }
    PyMem_Free(stack);
    return 0;
}

static void
eliminate_empty_blocks(BasicBlock *entry)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        BasicBlock *next = b->next;
        if (next != NULL) {
            while (next->used == 0 && next->next != NULL)
                next = next->next;
            b->next = next;
        }
    }
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (b->used == 0 || !is_jump(&b->instrs[b->used - 1]))
            continue;
        BasicBlock *target = b->instrs[b->used - 1].target;
        while (target->used == 0)
            target = target->next;
        b->instrs[b->used - 1].target = target;
    }
}

int
fe_flowgraph_optimize(Compiler *c, BasicBlock *entry, int nblocks, PyObject *consts)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (optimize_basic_block(c, b, consts) < 0)
            return -1;
        fe_flowgraph_clean_block(b);
    }
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list)
        if (fe_flowgraph_extend_block(b) < 0)
            return -1;
    if (mark_reachable(entry, nblocks) < 0)
        return -1;
    // Drop unreachable code.
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (b->predecessors == 0) {
            b->used = 0;
            b->nofallthrough = 0;
        }
    }
    eliminate_empty_blocks(entry);
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        fe_flowgraph_clean_block(b);
    // A jump to the block that follows anyway is redundant.
    int maybe_empty = 0;
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (b->used == 0)
            continue;
        Instr *last = &b->instrs[b->used - 1];
        if ((last->op == PSEUDO_JUMP || last->op == PSEUDO_JUMP_NO_INTERRUPT) &&
            last->target == b->next) {
            b->nofallthrough = 0;
            last->op = OP_NOP;
            maybe_empty = 1;
        }
    }
    if (maybe_empty)
        eliminate_empty_blocks(entry);
    return 0;
}

int
fe_flowgraph_trim_unused_consts(BasicBlock *entry, PyObject *consts)
{
    int max_index = 0; // the first constant may be the docstring: always kept
    for (BasicBlock *b = entry; b != NULL; b = b->next)
        for (int i = 0; i < b->used; i++)
            if ((b->instrs[i].op == OP_LOAD_CONST || b->instrs[i].op == OP_KW_NAMES) &&
                b->instrs[i].arg > max_index)
                max_index = b->instrs[i].arg;
    if (max_index + 1 < PyList_GET_SIZE(consts))
        return PyList_SetSlice(consts, max_index + 1, PyList_GET_SIZE(consts), NULL);
    return 0;
}

// ---- line numbers ------------------------------------------------------------------------

static int
is_exit_without_lineno(const BasicBlock *b)
{
    if (!b->exit)
        return 0;
    for (int i = 0; i < b->used; i++)
        if (b->instrs[i].loc.line >= 0)
            return 0;
    return 1;
}

static BasicBlock *
copy_block(Compiler *c, BasicBlock *block)
{
    BasicBlock *result = fe_compile_new_block(c);
    if (result == NULL)
        return NULL;
    for (int i = 0; i < block->used; i++) {
        int n = fe_compile_next_instr(result);
        if (n < 0)
            return NULL;
        result->instrs[n] = block->instrs[i];
    }
    result->exit = block->exit;
    result->nofallthrough = 1;
    return result;
}

int
fe_flowgraph_duplicate_exits_without_lineno(Compiler *c)
{
    // Every exit (return/raise) must have a line after the frame ends (PEP 626): give each
    // jump to a line-less exit block its own copy, which can inherit the jump's line.
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list) {
        if (b->used == 0 || !is_jump(&b->instrs[b->used - 1]))
            continue;
        Instr *last = &b->instrs[b->used - 1];
        BasicBlock *target = last->target;
        if (is_exit_without_lineno(target) && target->predecessors > 1) {
            BasicBlock *copy = copy_block(c, target);
            if (copy == NULL)
                return -1;
            copy_loc(last, &copy->instrs[0]);
            last->target = copy;
            target->predecessors--;
            copy->predecessors = 1;
            copy->next = target->next;
            target->next = copy;
        }
    }
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list)
        while (b->next != NULL && b->next->used == 0)
            b->next = b->next->next;
    // The remaining line-less exits are reached by falling through only.
    for (BasicBlock *b = c->u->blocks; b != NULL; b = b->list)
        if (!b->nofallthrough && b->next != NULL && b->used > 0 && is_exit_without_lineno(b->next))
            copy_loc(&b->instrs[b->used - 1], &b->next->instrs[0]);
    return 0;
}

void
fe_flowgraph_propagate_line_numbers(BasicBlock *entry)
{
    for (BasicBlock *b = entry; b != NULL; b = b->next) {
        if (b->used == 0)
            continue;
        Instr prev = {.loc = NO_LOCATION};
        for (int i = 0; i < b->used; i++) {
            if (b->instrs[i].loc.line < 0)
                copy_loc(&prev, &b->instrs[i]);
            else
                copy_loc(&b->instrs[i], &prev);
        }
        if (!b->nofallthrough && b->next->predecessors == 1 && b->next->instrs[0].loc.line < 0)
            copy_loc(&prev, &b->next->instrs[0]);
        if (is_jump(&b->instrs[b->used - 1])) {
            BasicBlock *target = b->instrs[b->used - 1].target;
            if (target->predecessors == 1 && target->instrs[0].loc.line < 0)
                copy_loc(&prev, &target->instrs[0]);
        }
    }
}
