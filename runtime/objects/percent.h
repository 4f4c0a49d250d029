// percent.h: what printf-style formatting of str (str_percent.c) and of bytes
// (bytes_percent.c) share, implemented in percent.c: the cursor over the arguments, the parser
// of one directive "%[(key)][flags][width][.precision][h|l|L]conversion", the text of the
// numeric conversions, and where sign, prefix and padding go in a field. Private to those
// three files; the entry points are declared in format.h.
#ifndef KRAIT_RUNTIME_PERCENT_H
#define KRAIT_RUNTIME_PERCENT_H

#include "runtime/runtime.h"

// The flags of a directive.
enum {
    RT_PCT_LJUST = 1, // '-': pad on the right
    RT_PCT_SIGN = 2,  // '+': a sign for positive numbers too
    RT_PCT_BLANK = 4, // ' ': a space for positive numbers
    RT_PCT_ALT = 8,   // '#': 0x/0X/0o prefixes, a kept decimal point
    RT_PCT_ZERO = 16, // '0': numbers are padded with zeros after their sign
};

// One directive as parsed.
typedef struct {
    Py_UCS4 conv;          // the conversion character
    Py_ssize_t conv_index; // its index in the format, for error messages
    int flags;             // RT_PCT_*
    Py_ssize_t width;      // -1 when absent
    int prec;              // -1 when absent
} RtPercentSpec;

// The state of one formatting operation: the format text (a str's storage, or bytes read as
// 1-byte code points) with the reading position, and the arguments with the next one to use.
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t pos, end;
    int is_bytes;      // bytes % args: bytes keys for %(key), and bytes' messages
    int ran_out;       // a directive reached the end of the format (CPython's fmtcnt < 0)
    PyObject *args;    // the tuple, the single argument, or the value of the last %(key)
    int args_owned;    // args is a reference of ours (a %(key) value)
    Py_ssize_t arglen; // the tuple's length, or -1 for a single argument
    Py_ssize_t argidx; // the next index; -2 and -1 for a single argument unused and used
    PyObject *dict;    // args when it is a mapping that %(key) reads (borrowed), else NULL
} RtPercent;

// Start formatting the len code points of (kind, data) with args (borrowed; must outlive p).
void rt_percent_init(RtPercent *p, int kind, const void *data, Py_ssize_t len, PyObject *args,
                     int is_bytes);

// Release what p holds.
void rt_percent_fini(RtPercent *p);

// The next argument (borrowed), or NULL with TypeError "not enough arguments for format
// string".
PyObject *rt_percent_next_arg(RtPercent *p);

// Parse the directive that starts at p->pos, just after its '%' (a "%%" is the caller's), up
// to and including its conversion character; a %(key) replaces the arguments by
// mapping[key]. 0, or -1 with CPython's ValueError or TypeError (or the lookup's error).
int rt_percent_parse(RtPercent *p, RtPercentSpec *spec);

// 0 when every positional argument was used, else -1 with TypeError "not all arguments
// converted during string formatting" (or "bytes formatting").
int rt_percent_check_all_used(const RtPercent *p);

// Raise ValueError "unsupported format character 'c' (0xNN) at index i"; returns -1.
int rt_percent_unsupported(const RtPercent *p, const RtPercentSpec *spec);

// The text of v for %d %i %u %o %x %X: an ASCII str with the sign, the "0x"/"0X"/"0o" prefix
// for '#', and the digits zero-padded to the precision. NULL with TypeError "%x format: an
// integer is required, not T" (or "a real number" for d/i/u), or the conversion's error.
PyObject *rt_percent_int_text(const RtPercent *p, PyObject *v, const RtPercentSpec *spec);

// The text of v for %e %E %f %F %g %G as PyOS_double_to_string gives it (PyMem_Free it), or
// NULL with float()'s error (bytes: TypeError "float argument required, not T").
char *rt_percent_float_text(const RtPercent *p, PyObject *v, const RtPercentSpec *spec);

// Where the parts of a field go. With fill '0': sign, body[start:start+prefix], `left` zeros,
// the rest of the body, `right` spaces; with fill ' ': `left` spaces, sign, the whole body,
// `right` spaces.
typedef struct {
    Py_UCS4 sign;           // the sign character to write, or 0
    Py_ssize_t start, len;  // the body to write (after a sign it held), prefix included
    Py_ssize_t prefix;      // 2 for a "0x"/"0X"/"0o" prefix kept by '#', else 0
    Py_UCS4 fill;           // ' ' or '0'
    Py_ssize_t left, right; // fill characters and trailing spaces
} RtPercentLayout;

// Lay out a converted value of len characters whose first one is `first` (ignored when len
// is 0). numeric: the conversion was d i u o x X e E f F g G, whose sign the flags control.
// The caller has already cut %s-like bodies to the precision.
void rt_percent_layout(const RtPercentSpec *spec, int numeric, Py_UCS4 first, Py_ssize_t len,
                       RtPercentLayout *out);

#endif
