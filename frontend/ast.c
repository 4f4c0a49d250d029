// ast.c: the arena that owns every node of a parse, and the names of the node kinds.
// The node layouts are generated from ast.def in ast.h; building trees is the parser's
// (parse*.c), dumping them is ast_dump.c.
#include <string.h>
#include "frontend/ast.h"

// Blocks are chained; a request larger than a block gets a block of its own.
#define BLOCK_SIZE ((size_t)16 * 1024)

typedef struct Block {
    struct Block *next;
    size_t size; // usable bytes after the header
    // data follows, 16-byte aligned
} Block;

#define BLOCK_HEADER ((sizeof(Block) + 15) & ~(size_t)15)

struct AstArena {
    Block *blocks;
    char *ptr, *end;       // free space in the current block
    PyObject **objects;    // owned references, released by fe_arena_free
    Py_ssize_t nobjects, cap;
};

AstArena *
fe_arena_new(void)
{
    AstArena *a = PyMem_Calloc(1, sizeof(AstArena));
    if (a == NULL)
        PyErr_NoMemory();
    return a;
}

void
fe_arena_free(AstArena *arena)
{
    if (arena == NULL)
        return;
    for (Py_ssize_t i = 0; i < arena->nobjects; i++)
        Py_DECREF(arena->objects[i]);
    PyMem_Free(arena->objects);
    Block *b = arena->blocks;
    while (b != NULL) {
        Block *next = b->next;
        PyMem_Free(b);
        b = next;
    }
    PyMem_Free(arena);
}

static Block *
new_block(AstArena *arena, size_t size)
{
    Block *b = PyMem_Malloc(BLOCK_HEADER + size);
    if (b == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    b->size = size;
    b->next = arena->blocks;
    arena->blocks = b;
    return b;
}

void *
fe_arena_alloc(AstArena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0)
        size = 16;
    if ((size_t)(arena->end - arena->ptr) < size) {
        if (size > BLOCK_SIZE / 4) {
            // A big request gets its own block so the current one keeps its free space.
            Block *b = new_block(arena, size);
            if (b == NULL)
                return NULL;
            char *mem = (char *)b + BLOCK_HEADER;
            memset(mem, 0, size);
            return mem;
        }
        Block *b = new_block(arena, BLOCK_SIZE);
        if (b == NULL)
            return NULL;
        arena->ptr = (char *)b + BLOCK_HEADER;
        arena->end = arena->ptr + BLOCK_SIZE;
    }
    char *mem = arena->ptr;
    arena->ptr += size;
    memset(mem, 0, size);
    return mem;
}

PyObject *
fe_arena_own(AstArena *arena, PyObject *o)
{
    if (o == NULL)
        return NULL;
    if (arena->nobjects == arena->cap) {
        Py_ssize_t cap = arena->cap == 0 ? 64 : arena->cap * 2;
        PyObject **items = PyMem_Realloc(arena->objects, (size_t)cap * sizeof(PyObject *));
        if (items == NULL) {
            Py_DECREF(o);
            PyErr_NoMemory();
            return NULL;
        }
        arena->objects = items;
        arena->cap = cap;
    }
    arena->objects[arena->nobjects++] = o;
    return o;
}

AstSeq *
fe_seq_new(AstArena *arena, Py_ssize_t n)
{
    AstSeq *seq = fe_arena_alloc(arena, sizeof(AstSeq) + (size_t)n * sizeof(void *));
    if (seq != NULL)
        seq->size = n;
    return seq;
}

static const char *const stmt_names[] = {
#define STMT(kind, member, fields) #kind,
#define STMT_LIKE(kind, member) #kind,
#include "frontend/ast.def"
};

static const char *const expr_names[] = {
#define EXPR(kind, member, fields) #kind,
#define EXPR_LIKE(kind, member) #kind,
#include "frontend/ast.def"
};

static const char *const pattern_names[] = {
#define PATTERN(kind, member, fields) #kind,
#include "frontend/ast.def"
};

const char *
fe_stmt_kind_name(StmtKind kind)
{
    return (size_t)kind < sizeof(stmt_names) / sizeof(stmt_names[0]) ? stmt_names[kind] : "?";
}

const char *
fe_expr_kind_name(ExprKind kind)
{
    return (size_t)kind < sizeof(expr_names) / sizeof(expr_names[0]) ? expr_names[kind] : "?";
}

const char *
fe_pattern_kind_name(PatternKind kind)
{
    return (size_t)kind < sizeof(pattern_names) / sizeof(pattern_names[0]) ? pattern_names[kind]
                                                                            : "?";
}
