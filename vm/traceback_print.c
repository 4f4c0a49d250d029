// traceback_print.c: printing an uncaught exception as CPython 3.11's default excepthook
// does (Python/pythonrun.c and Python/traceback.c): chained exceptions first, each with
// "Traceback (most recent call last):", one entry per frame with its source line and the
// ^^^/~~~ markers under the failing expression, "[Previous line repeated N more times]",
// SyntaxError's own layout, the "Type: message" line with suggestions, and __notes__.
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "frontend/parse.h"
#include "runtime/objects/code.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/traceback.h"

#define TB_RECURSIVE_CUTOFF 3
#define SOURCE_INDENT 4
#define TRACEBACK_LIMIT 1000 // entries shown when sys.tracebacklimit is unset

// ---- output -------------------------------------------------------------------------------

// Where a report goes. Inside an exception group each line starts with an indent and a "| "
// margin (CPython's write_indented_margin); a few pieces of text are written raw, their later
// lines unprefixed, as CPython writes them (a message's own line breaks, SyntaxError's source
// line and caret).
typedef struct {
    FILE *f;
    int indent;         // spaces before the margin: 2 per group level
    const char *margin; // "" outside groups, else "| "
    int line_start;     // the next character begins a line
    int raw;            // lines begun now get no indent and margin
} Out;

static void
out_write(Out *out, const char *s, size_t n)
{
    while (n > 0) {
        if (out->line_start && !out->raw) {
            fprintf(out->f, "%*s%s", out->indent, "", out->margin);
        }
        const char *nl = memchr(s, '\n', n);
        size_t len = nl != NULL ? (size_t)(nl - s) + 1 : n;
        fwrite(s, 1, len, out->f);
        out->line_start = nl != NULL;
        s += len;
        n -= len;
    }
}

static void
out_puts(Out *out, const char *s)
{
    out_write(out, s, strlen(s));
}

static void
out_putc(Out *out, char c)
{
    out_write(out, &c, 1);
}

static void __attribute__((format(printf, 2, 3)))
out_printf(Out *out, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char small[256];
    char *text = n < (int)sizeof small ? small : malloc((size_t)n + 1);
    if (n > 0 && text != NULL) {
        vsnprintf(text, (size_t)n + 1, fmt, again);
        out_write(out, text, (size_t)n);
    }
    va_end(again);
    if (text != small)
        free(text);
}

static void
put_str(Out *out, PyObject *s)
{
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    if (u == NULL) {
        PyErr_Clear();
        return;
    }
    out_write(out, u, (size_t)n);
}

// str(o) written raw; returns -1 (error cleared) when str() fails.
static int
put_obj_str(Out *out, PyObject *o)
{
    PyObject *s = PyObject_Str(o);
    if (s == NULL) {
        PyErr_Clear();
        return -1;
    }
    put_str(out, s);
    Py_DECREF(s);
    return 0;
}

static void
put_chars(Out *out, const char *c, Py_ssize_t n)
{
    while (n-- > 0)
        out_puts(out, c);
}

// ---- source lines -------------------------------------------------------------------------

// One file's text kept while a traceback prints, so a deep traceback reads each file once.
typedef struct {
    PyObject *filename;
    char *text;
    size_t size;
} SourceCache;

static void
source_cache_clear(SourceCache *c)
{
    Py_CLEAR(c->filename);
    PyMem_Free(c->text);
    c->text = NULL;
    c->size = 0;
}

static int
source_cache_load(SourceCache *c, PyObject *filename)
{
    if (c->filename != NULL && rt_str_equal(c->filename, filename))
        return c->text != NULL ? 0 : -1;
    source_cache_clear(c);
    c->filename = Py_NewRef(filename);
    const char *path = PyUnicode_AsUTF8(filename);
    FILE *fp = path != NULL ? fopen(path, "rb") : NULL;
    if (fp == NULL) {
        PyErr_Clear();
        return -1;
    }
    size_t cap = 4096, n = 0;
    char *buf = PyMem_Malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap)
            break;
        char *bigger = PyMem_Realloc(buf, cap * 2);
        if (bigger == NULL) {
            PyMem_Free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(fp);
    if (buf == NULL)
        return -1;
    c->text = buf;
    c->size = n;
    return 0;
}

// Line `lineno` (1-based) of filename without its end of line (universal newlines), as a
// str; NULL (no error set) when unavailable: "<string>"-like names, unreadable files, and
// once modules are being torn down at exit (CPython reads source lines through the io
// module, which is gone from sys.modules by then).
static PyObject *
source_line(SourceCache *c, PyObject *filename, int lineno)
{
    if (vm_import_finalizing())
        return NULL;
    Py_ssize_t flen = PyUnicode_GET_LENGTH(filename);
    if (flen > 0 && PyUnicode_READ_CHAR(filename, 0) == '<' &&
        PyUnicode_READ_CHAR(filename, flen - 1) == '>')
        return NULL;
    if (lineno < 1 || source_cache_load(c, filename) < 0)
        return NULL;
    const char *p = c->text, *end = c->text + c->size;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (int line = 1; p < end; line++) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        if (line == lineno) {
            PyObject *s = PyUnicode_DecodeUTF8(p, eol - p, "replace");
            if (s == NULL)
                PyErr_Clear();
            return s;
        }
        p = eol;
        if (p < end)
            p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    return NULL;
}

// The code-point index of UTF-8 byte offset `col` in line (CPython's
// _PyPegen_byte_offset_to_character_offset).
static Py_ssize_t
char_offset(PyObject *line, Py_ssize_t col)
{
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(line, &n);
    if (u == NULL) {
        PyErr_Clear();
        return -1;
    }
    if (col > n)
        col = n;
    Py_ssize_t chars = 0;
    for (Py_ssize_t i = 0; i < col; i++)
        chars += ((unsigned char)u[i] & 0xC0) != 0x80;
    return chars;
}

static int
is_ws(Py_UCS4 c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

// ---- the ~~~^^^ anchors -------------------------------------------------------------------

typedef struct {
    Py_ssize_t left, right; // secondary markers cover [left, right) (line char indexes)
    const char *primary, *secondary;
} Anchors;

// Anchors inside a binary operation: the operator itself (skipping a closing parenthesis of
// the left operand), in segment byte offsets.
static int
binop_anchors(const char *seg, Expr *e, Py_ssize_t *left, Py_ssize_t *right)
{
    Expr *l = e->v.bin_op.left, *r = e->v.bin_op.right;
    for (int i = l->loc.end_col_offset; i < r->loc.col_offset; i++) {
        if (is_ws((unsigned char)seg[i]))
            continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < r->loc.col_offset && !is_ws((unsigned char)seg[i + 1]))
            ++*right; // a two-character operator such as //
        if (i + 1 < r->loc.col_offset && seg[i] == ')')
            continue;
        break;
    }
    return 1;
}

// Anchors of a subscript: from '[' through ']'.
static int
subscript_anchors(const char *seg, Expr *e, Py_ssize_t *left, Py_ssize_t *right)
{
    Py_ssize_t len = (Py_ssize_t)strlen(seg);
    *left = e->v.subscript.value->loc.end_col_offset;
    *right = e->v.subscript.slice->loc.end_col_offset + 1;
    while (*left < len && seg[*left] != '[')
        ++*left;
    while (*right < len && seg[*right] != ']')
        ++*right;
    if (*right < len)
        *right += 1;
    return 1;
}

// Parse line[start:end] alone; when it is one expression statement that is a binary
// operation or a subscript, fill *a with the part to mark differently. 1 if found.
static int
extract_anchors(PyObject *filename, PyObject *line, Py_ssize_t start, Py_ssize_t end, Anchors *a)
{
    PyObject *segment = PyUnicode_Substring(line, start, end);
    if (segment == NULL) {
        PyErr_Clear();
        return 0;
    }
    Py_ssize_t n;
    const char *seg = PyUnicode_AsUTF8AndSize(segment, &n);
    AstArena *arena = seg != NULL ? fe_arena_new() : NULL;
    int found = 0;
    Py_ssize_t left = -1, right = -1;
    const char *fname = PyUnicode_AsUTF8(filename);
    Mod *mod = arena != NULL && fname != NULL ? fe_parse(seg, n, fname, MOD_MODULE, arena) : NULL;
    if (mod != NULL && AST_SEQ_LEN(mod->body) == 1) {
        Stmt *s = AST_SEQ_GET(mod->body, 0);
        if (s->kind == STMT_Expr && s->v.expr.value->kind == EXPR_BinOp)
            found = binop_anchors(seg, s->v.expr.value, &left, &right);
        else if (s->kind == STMT_Expr && s->v.expr.value->kind == EXPR_Subscript)
            found = subscript_anchors(seg, s->v.expr.value, &left, &right);
    }
    PyErr_Clear();
    if (found) {
        a->left = char_offset(segment, left) + start;
        a->right = char_offset(segment, right) + start;
        a->primary = "~";
        a->secondary = "^";
    }
    if (arena != NULL)
        fe_arena_free(arena);
    Py_DECREF(segment);
    return found;
}

// The caret line under the source line of one traceback entry, when it does not just span
// the whole (stripped) line.
static void
print_carets(Out *out, PyTracebackObject *tb, PyObject *filename, PyObject *line,
             Py_ssize_t indent)
{
    PyCodeObject *co = PyFrame_GetCode(tb->tb_frame);
    RtCodeLocation loc = rt_code_location(co, tb->tb_lasti / (int)sizeof(PyCodeUnit));
    if (loc.line < 0 || loc.end_line < 0 || loc.col < 0 || loc.end_col < 0)
        return;
    Py_ssize_t len = PyUnicode_GET_LENGTH(line);
    Py_ssize_t start = char_offset(line, loc.col), end = char_offset(line, loc.end_col);
    if (start < 0 || end < 0)
        return;
    Anchors a = {-1, -1, "^", "^"};
    if (loc.line == loc.end_line) {
        extract_anchors(filename, line, start, end, &a);
    } else {
        // A multi-line expression: mark up to the last non-blank character of its first line.
        Py_ssize_t i = len;
        while (--i >= 0 && is_ws(PyUnicode_READ_CHAR(line, i)))
            ;
        end = i + 1;
    }
    int special = a.left != -1 || a.right != -1;
    if (end - start == len - indent && !special)
        return;
    // As CPython's print_error_location_carets: positions count from the indentation.
    for (Py_ssize_t p = indent - SOURCE_INDENT + 1; p <= end; p++) {
        if (p <= start)
            out_putc(out, ' ');
        else if (special && a.left < p && p <= a.right)
            out_puts(out, a.secondary);
        else
            out_puts(out, a.primary);
    }
    out_putc(out, '\n');
}

static void
print_entry(Out *out, PyTracebackObject *tb, SourceCache *cache)
{
    PyCodeObject *co = PyFrame_GetCode(tb->tb_frame);
    out_puts(out, "  File \"");
    put_str(out, co->co_filename);
    int lineno = vm_traceback_lineno(tb);
    out_printf(out, "\", line %d, in ", lineno);
    put_str(out, co->co_name);
    out_putc(out, '\n');
    PyObject *line = source_line(cache, co->co_filename, lineno);
    if (line == NULL)
        return;
    Py_ssize_t len = PyUnicode_GET_LENGTH(line), i = 0;
    while (i < len && is_ws(PyUnicode_READ_CHAR(line, i)))
        i++;
    PyObject *stripped = PyUnicode_Substring(line, i, len);
    if (stripped != NULL) {
        out_puts(out, "    ");
        put_str(out, stripped);
        out_putc(out, '\n');
        Py_DECREF(stripped);
        print_carets(out, tb, co->co_filename, line, i);
    }
    PyErr_Clear();
    Py_DECREF(line);
}

static void
print_repeated(Out *out, long count)
{
    count -= TB_RECURSIVE_CUTOFF;
    out_printf(out,
               count > 1 ? "  [Previous line repeated %ld more times]\n"
                         : "  [Previous line repeated %ld more time]\n",
               count);
}

// sys.tracebacklimit as CPython reads it: the default when unset or not an int.
static long
traceback_limit(void)
{
    PyObject *v = vm_sys_get("tracebacklimit");
    if (v == NULL || !PyLong_Check(v)) {
        PyErr_Clear();
        return TRACEBACK_LIMIT;
    }
    int overflow = 0;
    long limit = PyLong_AsLongAndOverflow(v, &overflow);
    PyErr_Clear();
    return overflow > 0 ? LONG_MAX : overflow < 0 ? 0 : limit;
}

#define TRACEBACK_HEADER "Traceback (most recent call last):\n"
#define GROUP_TRACEBACK_HEADER "Exception Group Traceback (most recent call last):\n"

// The entries of tb under `header`, whose line takes header_margin when that is not NULL (an
// outermost exception group's "+ ").
static void
print_traceback(Out *out, PyTracebackObject *tb, const char *header, const char *header_margin)
{
    long limit = traceback_limit();
    if (limit <= 0)
        return;
    // Only the innermost `limit` entries are shown.
    long depth = 0;
    for (PyTracebackObject *t = tb; t != NULL; t = t->tb_next)
        depth++;
    for (; tb != NULL && depth > limit; depth--)
        tb = tb->tb_next;
    SourceCache cache = {NULL, NULL, 0};
    const char *margin = out->margin;
    if (header_margin != NULL)
        out->margin = header_margin;
    out_puts(out, header);
    out->margin = margin;
    PyObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long count = 0;
    for (; tb != NULL; tb = tb->tb_next) {
        PyCodeObject *co = PyFrame_GetCode(tb->tb_frame);
        if (last_file == NULL || co->co_filename != last_file || last_line == -1 ||
            vm_traceback_lineno(tb) != last_line || last_name == NULL ||
            co->co_name != last_name) {
            if (count > TB_RECURSIVE_CUTOFF)
                print_repeated(out, count);
            last_file = co->co_filename;
            last_line = vm_traceback_lineno(tb);
            last_name = co->co_name;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF)
            print_entry(out, tb, &cache);
    }
    if (count > TB_RECURSIVE_CUTOFF)
        print_repeated(out, count);
    source_cache_clear(&cache);
}

// ---- SyntaxError ----------------------------------------------------------------------------

// A SyntaxError field holding an int: its value, -1 for None or a non-int.
static Py_ssize_t
int_field(PyObject *o)
{
    if (o == NULL || !PyLong_Check(o))
        return -1;
    Py_ssize_t v = PyLong_AsSsize_t(o);
    if (v == -1 && PyErr_Occurred())
        PyErr_Clear();
    return v;
}

// The source line and caret of a SyntaxError (CPython's print_error_text).
static void
print_error_text(Out *out, Py_ssize_t offset, Py_ssize_t end_offset, PyObject *text_obj)
{
    size_t carets = (end_offset > 0 && end_offset > offset) ? (size_t)(end_offset - offset) : 1;
    const char *text = PyUnicode_AsUTF8(text_obj);
    if (text == NULL) {
        PyErr_Clear();
        return;
    }
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    Py_ssize_t len = (Py_ssize_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL || nl - text >= offset)
            break;
        Py_ssize_t skip = nl - text + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    out_puts(out, "    ");
    out_puts(out, text);
    if (text[len] != '\n')
        out_putc(out, '\n');
    if (offset < 0)
        return;
    out_puts(out, "    ");
    put_chars(out, " ", offset);
    put_chars(out, "^", (Py_ssize_t)carets);
    out_putc(out, '\n');
}

// For a SyntaxError: print its location block and return its msg (new reference) to print
// instead of str(exc); NULL when exc is not one or has no line number.
static PyObject *
print_syntax_error_location(Out *out, PyObject *exc)
{
    if (!PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError))
        return NULL;
    PySyntaxErrorObject *se = (PySyntaxErrorObject *)exc;
    Py_ssize_t lineno = int_field(se->lineno), offset = int_field(se->offset);
    if (se->lineno == NULL || !PyLong_Check(se->lineno) || lineno < 0)
        return NULL;
    Py_ssize_t end_lineno = lineno, end_offset = -1;
    if (Py_IS_TYPE(exc, (PyTypeObject *)PyExc_SyntaxError)) {
        if (se->end_lineno != NULL && PyLong_Check(se->end_lineno))
            end_lineno = int_field(se->end_lineno);
        end_offset = int_field(se->end_offset);
    }
    out_puts(out, "  File \"");
    if (se->filename == NULL || se->filename == Py_None)
        out_puts(out, "<string>");
    else
        put_obj_str(out, se->filename);
    out_printf(out, "\", line %zd\n", lineno);
    PyObject *text = se->text;
    if (text != NULL && PyUnicode_Check(text)) {
        Py_ssize_t size = 0;
        if (PyUnicode_AsUTF8AndSize(text, &size) == NULL)
            PyErr_Clear();
        if (end_lineno > lineno)
            end_offset = size;
        if (end_offset > size + 1)
            end_offset = size + 1;
        out->raw = 1; // CPython writes the source line and caret without the group margin
        print_error_text(out, offset, end_offset, text);
        out->raw = 0;
    }
    return Py_NewRef(se->msg != NULL ? se->msg : Py_None);
}

// ---- one exception ----------------------------------------------------------------------------

// "module.Qualname" (no module for builtins and __main__).
static void
print_type_name(Out *out, PyObject *type)
{
    PyObject *module = PyObject_GetAttrString(type, "__module__");
    if (module == NULL || !PyUnicode_Check(module)) {
        PyErr_Clear();
        out_puts(out, "<unknown>.");
    } else if (!rt_str_equal_ascii(module, "builtins") && !rt_str_equal_ascii(module, "__main__")) {
        put_str(out, module);
        out_putc(out, '.');
    }
    Py_XDECREF(module);
    PyObject *qualname = PyObject_GetAttrString(type, "__qualname__");
    if (qualname == NULL || !PyUnicode_Check(qualname)) {
        PyErr_Clear();
        out_puts(out, rt_type_name((PyTypeObject *)type));
    } else {
        put_str(out, qualname);
    }
    Py_XDECREF(qualname);
}

static void
print_notes(Out *out, PyObject *exc)
{
    PyObject *notes = PyObject_GetAttrString(exc, "__notes__");
    if (notes == NULL) {
        PyErr_Clear();
        return;
    }
    if (!PySequence_Check(notes)) {
        PyObject *r = PyObject_Repr(notes);
        if (r == NULL) {
            PyErr_Clear();
            out_puts(out, "<__notes__ repr() failed>");
        } else {
            put_str(out, r);
            Py_DECREF(r);
        }
        Py_DECREF(notes);
        return;
    }
    Py_ssize_t n = PySequence_Size(notes);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *note = PySequence_GetItem(notes, i);
        if (note == NULL || put_obj_str(out, note) < 0) {
            PyErr_Clear();
            out_puts(out, "<note str() failed>");
        }
        Py_XDECREF(note);
        out_putc(out, '\n');
    }
    PyErr_Clear();
    Py_DECREF(notes);
}

static int
is_group(PyObject *exc)
{
    return PyObject_TypeCheck(exc, (PyTypeObject *)PyExc_BaseExceptionGroup);
}

// One exception's report: its traceback, the "Type: message" line, its notes. group_depth is
// how deep in exception groups it is printed (1 for the outermost group itself).
static void
print_one(Out *out, PyObject *exc, int group_depth)
{
    if (!PyExceptionInstance_Check(exc)) {
        out_printf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                   Py_TYPE(exc)->tp_name);
        return;
    }
    PyObject *tb = ((PyBaseExceptionObject *)exc)->traceback;
    if (tb != NULL && PyTraceBack_Check(tb)) {
        if (is_group(exc))
            print_traceback(out, (PyTracebackObject *)tb, GROUP_TRACEBACK_HEADER,
                            group_depth == 1 ? "+ " : NULL);
        else
            print_traceback(out, (PyTracebackObject *)tb, TRACEBACK_HEADER, NULL);
    }
    PyObject *value = print_syntax_error_location(out, exc);
    if (value == NULL)
        value = Py_NewRef(exc);
    print_type_name(out, (PyObject *)Py_TYPE(exc));
    out->raw = 1; // the message's own line breaks get no group margin (as in CPython)
    if (value != Py_None) {
        PyObject *s = PyObject_Str(value);
        if (s == NULL) {
            PyErr_Clear();
            out_puts(out, ": <exception str() failed>");
        } else {
            if (PyUnicode_GET_LENGTH(s) != 0)
                out_puts(out, ": ");
            put_str(out, s);
            Py_DECREF(s);
        }
    }
    Py_DECREF(value);
    PyObject *suggestion = vm_suggest(exc);
    if (suggestion != NULL) {
        out_puts(out, ". Did you mean: '");
        put_str(out, suggestion);
        out_puts(out, "'?");
        Py_DECREF(suggestion);
    }
    PyErr_Clear();
    out_putc(out, '\n');
    out->raw = 0;
    print_notes(out, exc);
}

// ---- chains -------------------------------------------------------------------------------

typedef struct {
    PyObject **items;
    size_t n, cap;
} Seen;

static int
seen_has(Seen *s, PyObject *o)
{
    for (size_t i = 0; i < s->n; i++) {
        if (s->items[i] == o)
            return 1;
    }
    return 0;
}

static void
seen_add(Seen *s, PyObject *o)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        PyObject **items = PyMem_Realloc(s->items, cap * sizeof(PyObject *));
        if (items == NULL)
            return;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = o;
}

// ---- exception groups ---------------------------------------------------------------------

// Past these, a group's members and nested groups are summarized (CPython's defaults).
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

// The state of one report (CPython's exception_print_context).
typedef struct {
    Out *out;
    Seen seen;       // the exceptions already printed: chains end there
    int group_depth; // how deep in exception groups the report is (0: outside any)
    int need_close;  // the last member of a group has yet to print the closing line
} Printer;

static void
set_group_depth(Printer *p, int depth)
{
    p->group_depth = depth;
    p->out->indent = 2 * depth;
    p->out->margin = depth > 0 ? "| " : "";
}

// A line of a group's frame: indented, without the margin.
static void
print_frame_line(Printer *p, int indent, const char *text)
{
    p->out->raw = 1;
    out_printf(p->out, "%*s%s", indent, "", text);
    p->out->raw = 0;
}

static void print_recursive(Printer *p, PyObject *exc, int depth);

// A group: its own report, then each member in a numbered box.
static void
print_group(Printer *p, PyObject *group, int depth)
{
    if (p->group_depth > MAX_GROUP_DEPTH) {
        out_printf(p->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    int outermost = p->group_depth == 0;
    if (outermost)
        set_group_depth(p, 1);
    print_one(p->out, group, p->group_depth);
    PyObject *excs = ((PyBaseExceptionGroupObject *)group)->excs;
    Py_ssize_t n = PyTuple_GET_SIZE(excs);
    Py_ssize_t shown = n <= MAX_GROUP_WIDTH ? n : MAX_GROUP_WIDTH + 1;
    p->need_close = 0;
    for (Py_ssize_t i = 0; i < shown; i++) {
        int last = i == shown - 1;
        if (last)
            p->need_close = 1; // a nested group may close this box with its own
        char number[32], line[96];
        if (i < MAX_GROUP_WIDTH)
            snprintf(number, sizeof number, "%zd", i + 1);
        else
            strcpy(number, "...");
        snprintf(line, sizeof line, "%s+---------------- %s ----------------\n",
                 i == 0 ? "+-" : "  ", number);
        print_frame_line(p, 2 * p->group_depth, line);
        set_group_depth(p, p->group_depth + 1);
        if (i < MAX_GROUP_WIDTH) {
            print_recursive(p, PyTuple_GET_ITEM(excs, i), depth + 1);
        } else {
            Py_ssize_t more = n - MAX_GROUP_WIDTH;
            out_printf(p->out, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            print_frame_line(p, 2 * p->group_depth, "+------------------------------------\n");
            p->need_close = 0;
        }
        set_group_depth(p, p->group_depth - 1);
    }
    if (p->group_depth == 1)
        set_group_depth(p, 0);
}

// ---- chains -------------------------------------------------------------------------------

// exc's cause or context, then the line that links it to what follows.
static void
print_chained(Printer *p, PyObject *exc, const char *message, int depth)
{
    int need_close = p->need_close;
    print_recursive(p, exc, depth + 1);
    p->need_close = need_close;
    out_puts(p->out, "\n");
    out_puts(p->out, message);
    out_puts(p->out, "\n");
}

static void
print_recursive(Printer *p, PyObject *exc, int depth)
{
    seen_add(&p->seen, exc);
    if (PyExceptionInstance_Check(exc) && depth < 1000) {
        PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
        if (e->cause != NULL) {
            if (!seen_has(&p->seen, e->cause))
                print_chained(p, e->cause,
                              "The above exception was the direct cause of the following "
                              "exception:\n",
                              depth);
        } else if (e->context != NULL && !e->suppress_context &&
                   !seen_has(&p->seen, e->context)) {
            print_chained(p, e->context,
                          "During handling of the above exception, another exception "
                          "occurred:\n",
                          depth);
        }
    }
    if (PyExceptionInstance_Check(exc) && is_group(exc))
        print_group(p, exc, depth);
    else
        print_one(p->out, exc, p->group_depth);
}

void
vm_traceback_print_exception(PyObject *exc, FILE *f)
{
    fflush(stdout);
    // Printing calls str() and repr() of arbitrary objects: keep any pending error aside.
    PyObject *pending = PyErr_GetRaisedException();
    Py_INCREF(exc);
    Out out = {f, 0, "", 1, 0};
    Printer p = {&out, {NULL, 0, 0}, 0, 0};
    print_recursive(&p, exc, 0);
    PyMem_Free(p.seen.items);
    Py_DECREF(exc);
    fflush(f);
    PyErr_SetRaisedException(pending);
}

void
vm_traceback_print_unraisable(FILE *f, PyObject *type, PyObject *value, PyObject *tb)
{
    PyObject *pending = PyErr_GetRaisedException();
    Out report = {f, 0, "", 1, 0}, *out = &report;
    if (tb != NULL && PyTraceBack_Check(tb))
        print_traceback(out, (PyTracebackObject *)tb, TRACEBACK_HEADER, NULL);
    if (type != NULL && type != Py_None) {
        print_type_name(out, type);
        if (value != NULL && value != Py_None) {
            // ": " even before an empty message ("KeyError: "), as CPython writes it.
            out_puts(out, ": ");
            if (put_obj_str(out, value) < 0)
                out_puts(out, "<exception str() failed>");
        }
        out_putc(out, '\n');
    }
    fflush(f);
    PyErr_SetRaisedException(pending);
}
