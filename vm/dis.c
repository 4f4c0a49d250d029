// dis.c: a disassembler printing CPython 3.11's dis.dis() layout for `krait --dis` and the
// compiler's tests. Operand meanings come from the opcode table (opcode.h); positions and
// the exception table are decoded by code.c.
#include <string.h>
#include "vm/dis.h"
#include "vm/opcode.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static const char *const cmp_ops[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const nb_ops[] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const format_converters[] = {"", "str", "repr", "ascii"};
static const char *const make_function_flags[] = {"defaults", "kwdefaults", "annotations",
                                                  "closure"};

// One decoded instruction: EXTENDED_ARG prefixes are instructions of their own, as in dis.
typedef struct {
    Py_ssize_t index; // code unit
    int op, arg;      // arg: -1 for opcodes without one; includes earlier EXTENDED_ARGs
    int shown;        // the opcode printed: op, or its specialized form in the adaptive view
} DisInstr;

static Py_ssize_t
decode(PyCodeObject *co, DisInstr *out, int adaptive)
{
    Py_ssize_t n = 0, size = Py_SIZE(co);
    int extended = 0;
    for (Py_ssize_t i = 0; i < size;) {
        PyCodeUnit u = co->co_code[i];
        int raw = rt_code_unit_op(u), op = vm_opcode_deopt(raw), arg = -1;
        if (op >= VM_HAVE_ARGUMENT) {
            arg = rt_code_unit_arg(u) | extended;
            extended = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        } else {
            extended = 0;
        }
        out[n++] = (DisInstr){i, op, arg, adaptive ? raw : op};
        i += 1 + vm_opcode_caches(op);
    }
    return n;
}

static Py_ssize_t
jump_target(const DisInstr *in)
{
    Py_ssize_t arg = in->arg;
    if (vm_opcode_operand(in->op) == OPND_JBACK)
        arg = -arg;
    return (in->index + 1 + arg) * 2;
}

static PyObject *
name_at(PyObject *tuple, Py_ssize_t i)
{
    if (i < 0 || i >= PyTuple_GET_SIZE(tuple))
        return PyUnicode_FromString("<unknown>");
    return Py_NewRef(PyTuple_GET_ITEM(tuple, i));
}

static PyObject *
joined_flags(int arg)
{
    char buf[64] = "";
    for (int i = 0; i < 4; i++) {
        if (!(arg & (1 << i)))
            continue;
        if (buf[0])
            strcat(buf, ", ");
        strcat(buf, make_function_flags[i]);
    }
    return PyUnicode_FromString(buf);
}

PyObject *
vm_dis_argrepr(PyCodeObject *co, Py_ssize_t index, int op, int arg)
{
    if (op == OP_MAKE_FUNCTION)
        return joined_flags(arg);
    if (op == OP_KW_NAMES) // 3.11's dis resolves only LOAD_CONST's constant
        return PyUnicode_FromString("");
    switch (vm_opcode_operand(op)) {
    case OPND_CONST:
        if (arg >= PyTuple_GET_SIZE(co->co_consts))
            return PyUnicode_FromString("");
        return PyObject_Repr(PyTuple_GET_ITEM(co->co_consts, arg));
    case OPND_NAME:
        return name_at(co->co_names, arg);
    case OPND_GLOBAL: {
        PyObject *name = name_at(co->co_names, arg >> 1);
        if (name == NULL || !(arg & 1))
            return name;
        PyObject *r = PyUnicode_FromFormat("NULL + %U", name);
        Py_DECREF(name);
        return r;
    }
    case OPND_LOCAL:
        return name_at(co->co_localsplusnames, arg);
    case OPND_JFWD:
    case OPND_JBACK: {
        DisInstr in = {index, op, arg};
        return PyUnicode_FromFormat("to %zd", jump_target(&in));
    }
    case OPND_COMPARE:
        return PyUnicode_FromString(arg >= 0 && arg < 6 ? cmp_ops[arg] : "");
    case OPND_BINOP:
        return PyUnicode_FromString(arg >= 0 && arg < 26 ? nb_ops[arg] : "");
    case OPND_FORMAT:
        if (arg & 0x4)
            return PyUnicode_FromFormat("%s%swith format", format_converters[arg & 3],
                                        (arg & 3) ? ", " : "");
        return PyUnicode_FromString(format_converters[arg & 3]);
    default:
        return PyUnicode_FromString("");
    }
}

static int
width_of(Py_ssize_t v)
{
    char buf[32];
    return snprintf(buf, sizeof buf, "%zd", v);
}

// The line starts (dis.findlinestarts): starts[i] is the line that begins at unit i, or -1.
static int
line_starts(PyCodeObject *co, int *starts, int *maxline)
{
    Py_ssize_t size = Py_SIZE(co);
    RtCodeLocation *locs = PyMem_Malloc((size_t)(size + 1) * sizeof(RtCodeLocation));
    if (locs == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    rt_code_locations(co, locs);
    int last = -1, any = 0;
    *maxline = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        starts[i] = -1;
        int line = locs[i].line;
        if (line >= 0 && (!any || line != last)) {
            starts[i] = line;
            last = line;
            any = 1;
            if (line > *maxline)
                *maxline = line;
        }
    }
    PyMem_Free(locs);
    return any;
}

static int
print_instr(PyCodeObject *co, const DisInstr *in, int start, int is_target, int lineno_width,
            int offset_width, FILE *out)
{
    char line[512];
    int n = 0;
    if (lineno_width) {
        if (start >= 0)
            n += snprintf(line + n, sizeof line - n, "%*d ", lineno_width, start);
        else
            n += snprintf(line + n, sizeof line - n, "%*s ", lineno_width, "");
    }
    const char *name = vm_opcode_name(in->shown);
    n += snprintf(line + n, sizeof line - n, "    %s %*zd %-*s", is_target ? ">>" : "  ",
                  offset_width, in->index * 2, OPNAME_WIDTH, name ? name : "<unknown>");
    if (in->arg >= 0) {
        n += snprintf(line + n, sizeof line - n, " %*d", OPARG_WIDTH, in->arg);
        PyObject *r = vm_dis_argrepr(co, in->index, in->op, in->arg);
        if (r == NULL)
            return -1;
        const char *s = PyUnicode_AsUTF8(r);
        if (s == NULL) {
            Py_DECREF(r);
            return -1;
        }
        if (s[0])
            fprintf(out, "%.*s (%s)\n", n, line, s);
        else
            fprintf(out, "%.*s\n", n, line);
        Py_DECREF(r);
        return 0;
    }
    while (n > 0 && line[n - 1] == ' ')
        n--;
    fprintf(out, "%.*s\n", n, line);
    return 0;
}

static void
print_exception_table(PyCodeObject *co, FILE *out)
{
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
    int start, stop, target, depth, lasti;
    if (p == end)
        return;
    fprintf(out, "ExceptionTable:\n");
    while (rt_code_exctable_next(&p, end, &start, &stop, &target, &depth, &lasti))
        fprintf(out, "  %d to %d -> %d [%d]%s\n", start * 2, stop * 2 - 2, target * 2, depth,
                lasti ? " lasti" : "");
}

// Mark the code units that jumps or exception handlers target (dis.findlabels).
static void
find_labels(PyCodeObject *co, const DisInstr *instrs, Py_ssize_t n, char *labels)
{
    Py_ssize_t size = Py_SIZE(co);
    memset(labels, 0, (size_t)size + 1);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (instrs[i].arg < 0 || !vm_opcode_is_jump(instrs[i].op))
            continue;
        Py_ssize_t unit = jump_target(&instrs[i]) / 2;
        if (unit >= 0 && unit <= size)
            labels[unit] = 1;
    }
    const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(co->co_exceptiontable);
    const unsigned char *end = p + PyBytes_GET_SIZE(co->co_exceptiontable);
    int start, stop, target, depth, lasti;
    while (rt_code_exctable_next(&p, end, &start, &stop, &target, &depth, &lasti))
        if (stop > start && target >= 0 && target <= size)
            labels[target] = 1;
}

static int
disassemble(PyCodeObject *co, FILE *out, int adaptive)
{
    Py_ssize_t size = Py_SIZE(co);
    DisInstr *instrs = PyMem_Malloc((size_t)(size + 1) * sizeof(DisInstr));
    int *starts = PyMem_Malloc((size_t)(size + 1) * sizeof(int));
    char *labels = PyMem_Malloc((size_t)size + 1);
    if (instrs == NULL || starts == NULL || labels == NULL) {
        PyMem_Free(instrs);
        PyMem_Free(starts);
        PyMem_Free(labels);
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t n = decode(co, instrs, adaptive);
    find_labels(co, instrs, n, labels);
    int maxline, show = line_starts(co, starts, &maxline), r = show < 0 ? -1 : 0;
    int lineno_width = show > 0 ? (maxline >= 1000 ? width_of(maxline) : 3) : 0;
    Py_ssize_t maxoffset = size * 2 - 2;
    int offset_width = maxoffset >= 10000 ? width_of(maxoffset) : 4;
    for (Py_ssize_t i = 0; r == 0 && i < n; i++) {
        int start = starts[instrs[i].index];
        if (show > 0 && start >= 0 && instrs[i].index > 0)
            fprintf(out, "\n");
        r = print_instr(co, &instrs[i], start, labels[instrs[i].index], lineno_width, offset_width,
                        out);
    }
    if (r == 0)
        print_exception_table(co, out);
    PyMem_Free(instrs);
    PyMem_Free(starts);
    PyMem_Free(labels);
    return r;
}

static int
dis_recursive(PyCodeObject *co, FILE *out, int adaptive)
{
    if (disassemble(co, out, adaptive) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(co->co_consts); i++) {
        PyObject *x = PyTuple_GET_ITEM(co->co_consts, i);
        if (!PyCode_Check(x))
            continue;
        PyObject *r = PyObject_Repr(x);
        if (r == NULL)
            return -1;
        fprintf(out, "\nDisassembly of %s:\n", PyUnicode_AsUTF8(r));
        Py_DECREF(r);
        if (dis_recursive((PyCodeObject *)x, out, adaptive) < 0)
            return -1;
    }
    return 0;
}

int
vm_dis_print(PyCodeObject *co, FILE *out)
{
    return dis_recursive(co, out, 0);
}

int
vm_dis_print_adaptive(PyCodeObject *co, FILE *out)
{
    return dis_recursive(co, out, 1);
}
