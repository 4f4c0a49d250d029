// traceback_print.c: printing an uncaught exception as CPython 3.11's default excepthook
// does (Python/pythonrun.c and Python/traceback.c): chained exceptions first, each with
// "Traceback (most recent call last):", one entry per frame with its source line and the
// ^^^/~~~ markers under the failing expression, "[Previous line repeated N more times]",
// SyntaxError's own layout, the "Type: message" line with suggestions, and __notes__.
#include <limits.h>
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

static void
put_str(FILE *out, PyObject *s)
{
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    if (u == NULL) {
        PyErr_Clear();
        return;
    }
    fwrite(u, 1, (size_t)n, out);
}

// str(o) written raw; returns -1 (error cleared) when str() fails.
static int
put_obj_str(FILE *out, PyObject *o)
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
put_chars(FILE *out, const char *c, Py_ssize_t n)
{
    while (n-- > 0)
        fputs(c, out);
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
print_carets(FILE *out, PyTracebackObject *tb, PyObject *filename, PyObject *line,
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
            fputc(' ', out);
        else if (special && a.left < p && p <= a.right)
            fputs(a.secondary, out);
        else
            fputs(a.primary, out);
    }
    fputc('\n', out);
}

static void
print_entry(FILE *out, PyTracebackObject *tb, SourceCache *cache)
{
    PyCodeObject *co = PyFrame_GetCode(tb->tb_frame);
    fputs("  File \"", out);
    put_str(out, co->co_filename);
    int lineno = vm_traceback_lineno(tb);
    fprintf(out, "\", line %d, in ", lineno);
    put_str(out, co->co_name);
    fputc('\n', out);
    PyObject *line = source_line(cache, co->co_filename, lineno);
    if (line == NULL)
        return;
    Py_ssize_t len = PyUnicode_GET_LENGTH(line), i = 0;
    while (i < len && is_ws(PyUnicode_READ_CHAR(line, i)))
        i++;
    PyObject *stripped = PyUnicode_Substring(line, i, len);
    if (stripped != NULL) {
        fputs("    ", out);
        put_str(out, stripped);
        fputc('\n', out);
        Py_DECREF(stripped);
        print_carets(out, tb, co->co_filename, line, i);
    }
    PyErr_Clear();
    Py_DECREF(line);
}

static void
print_repeated(FILE *out, long count)
{
    count -= TB_RECURSIVE_CUTOFF;
    fprintf(out,
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

static void
print_traceback(FILE *out, PyTracebackObject *tb)
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
    fputs("Traceback (most recent call last):\n", out);
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
print_error_text(FILE *out, Py_ssize_t offset, Py_ssize_t end_offset, PyObject *text_obj)
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
    fputs("    ", out);
    fputs(text, out);
    if (text[len] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    put_chars(out, " ", offset);
    put_chars(out, "^", (Py_ssize_t)carets);
    fputc('\n', out);
}

// For a SyntaxError: print its location block and return its msg (new reference) to print
// instead of str(exc); NULL when exc is not one or has no line number.
static PyObject *
print_syntax_error_location(FILE *out, PyObject *exc)
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
    fputs("  File \"", out);
    if (se->filename == NULL || se->filename == Py_None)
        fputs("<string>", out);
    else
        put_obj_str(out, se->filename);
    fprintf(out, "\", line %zd\n", lineno);
    PyObject *text = se->text;
    if (text != NULL && PyUnicode_Check(text)) {
        Py_ssize_t size = 0;
        if (PyUnicode_AsUTF8AndSize(text, &size) == NULL)
            PyErr_Clear();
        if (end_lineno > lineno)
            end_offset = size;
        if (end_offset > size + 1)
            end_offset = size + 1;
        print_error_text(out, offset, end_offset, text);
    }
    return Py_NewRef(se->msg != NULL ? se->msg : Py_None);
}

// ---- one exception ----------------------------------------------------------------------------

// "module.Qualname" (no module for builtins and __main__).
static void
print_type_name(FILE *out, PyObject *type)
{
    PyObject *module = PyObject_GetAttrString(type, "__module__");
    if (module == NULL || !PyUnicode_Check(module)) {
        PyErr_Clear();
        fputs("<unknown>.", out);
    } else if (!rt_str_equal_ascii(module, "builtins") && !rt_str_equal_ascii(module, "__main__")) {
        put_str(out, module);
        fputc('.', out);
    }
    Py_XDECREF(module);
    PyObject *qualname = PyObject_GetAttrString(type, "__qualname__");
    if (qualname == NULL || !PyUnicode_Check(qualname)) {
        PyErr_Clear();
        fputs(rt_type_name((PyTypeObject *)type), out);
    } else {
        put_str(out, qualname);
    }
    Py_XDECREF(qualname);
}

static void
print_notes(FILE *out, PyObject *exc)
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
            fputs("<__notes__ repr() failed>", out);
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
            fputs("<note str() failed>", out);
        }
        Py_XDECREF(note);
        fputc('\n', out);
    }
    PyErr_Clear();
    Py_DECREF(notes);
}

static void
print_one(FILE *out, PyObject *exc)
{
    if (!PyExceptionInstance_Check(exc)) {
        fprintf(out, "TypeError: print_exception(): Exception expected for value, %s found\n",
                Py_TYPE(exc)->tp_name);
        return;
    }
    PyObject *tb = ((PyBaseExceptionObject *)exc)->traceback;
    if (tb != NULL && PyTraceBack_Check(tb))
        print_traceback(out, (PyTracebackObject *)tb);
    PyObject *value = print_syntax_error_location(out, exc);
    if (value == NULL)
        value = Py_NewRef(exc);
    print_type_name(out, (PyObject *)Py_TYPE(exc));
    if (value != Py_None) {
        PyObject *s = PyObject_Str(value);
        if (s == NULL) {
            PyErr_Clear();
            fputs(": <exception str() failed>", out);
        } else {
            if (PyUnicode_GET_LENGTH(s) != 0)
                fputs(": ", out);
            put_str(out, s);
            Py_DECREF(s);
        }
    }
    Py_DECREF(value);
    PyObject *suggestion = vm_suggest(exc);
    if (suggestion != NULL) {
        fputs(". Did you mean: '", out);
        put_str(out, suggestion);
        fputs("'?", out);
        Py_DECREF(suggestion);
    }
    PyErr_Clear();
    fputc('\n', out);
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

static void
print_recursive(FILE *out, PyObject *exc, Seen *seen, int depth)
{
    seen_add(seen, exc);
    if (PyExceptionInstance_Check(exc) && depth < 1000) {
        PyBaseExceptionObject *e = (PyBaseExceptionObject *)exc;
        if (e->cause != NULL) {
            if (!seen_has(seen, e->cause)) {
                print_recursive(out, e->cause, seen, depth + 1);
                fputs("\nThe above exception was the direct cause of the following "
                      "exception:\n\n",
                      out);
            }
        } else if (e->context != NULL && !e->suppress_context && !seen_has(seen, e->context)) {
            print_recursive(out, e->context, seen, depth + 1);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    print_one(out, exc);
}

void
vm_traceback_print_exception(PyObject *exc, FILE *out)
{
    fflush(stdout);
    // Printing calls str() and repr() of arbitrary objects: keep any pending error aside.
    PyObject *pending = PyErr_GetRaisedException();
    Py_INCREF(exc);
    Seen seen = {NULL, 0, 0};
    print_recursive(out, exc, &seen, 0);
    PyMem_Free(seen.items);
    Py_DECREF(exc);
    fflush(out);
    PyErr_SetRaisedException(pending);
}

void
vm_traceback_print_unraisable(FILE *out, PyObject *type, PyObject *value, PyObject *tb)
{
    PyObject *pending = PyErr_GetRaisedException();
    if (tb != NULL && PyTraceBack_Check(tb))
        print_traceback(out, (PyTracebackObject *)tb);
    if (type != NULL && type != Py_None) {
        print_type_name(out, type);
        if (value != NULL && value != Py_None) {
            // ": " even before an empty message ("KeyError: "), as CPython writes it.
            fputs(": ", out);
            if (put_obj_str(out, value) < 0)
                fputs("<exception str() failed>", out);
        }
        fputc('\n', out);
    }
    fflush(out);
    PyErr_SetRaisedException(pending);
}
