// str_props.h: Unicode character properties and the is*() predicates of whole strings
// (str_props.c), full case mappings and the case conversions of whole strings (str_case.c),
// all with CPython 3.11's definitions (Unicode 14.0); the str methods (str_methods.c) wrap them.
#ifndef KRAIT_RUNTIME_STR_PROPS_H
#define KRAIT_RUNTIME_STR_PROPS_H

#include "runtime/objects/str.h"

// Python's ASCII whitespace (Py_ISSPACE: space, \t \n \v \f \r), what int(), float() and
// complex() strip from a number and bytes.split() splits at: 1 or 0.
static inline int
rt_str_ascii_isspace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The general category of c in CPython 3.11's Unicode 14.0, as a UTF8PROC_CATEGORY_* value:
// utf8proc's, except that code points first assigned later are unassigned (Cn).
int rt_str_char_category(Py_UCS4 c);

// CPython's character classes (Py_UNICODE_ISSPACE ...): 1 or 0.
int rt_str_char_isspace(Py_UCS4 c);     // str.isspace / split(): whitespace
int rt_str_char_islinebreak(Py_UCS4 c); // str.splitlines boundaries
int rt_str_char_isalpha(Py_UCS4 c);     // categories Lu Ll Lt Lm Lo
int rt_str_char_isdecimal(Py_UCS4 c);   // category Nd
int rt_str_char_isdigit(Py_UCS4 c);     // Numeric_Type Digit or Decimal
int rt_str_char_isnumeric(Py_UCS4 c);   // any Numeric_Type
int rt_str_char_islower(Py_UCS4 c);     // Lowercase property
int rt_str_char_isupper(Py_UCS4 c);     // Uppercase property
int rt_str_char_istitle(Py_UCS4 c);     // category Lt
int rt_str_char_iscased(Py_UCS4 c);     // lower, upper or title
int rt_str_char_iscaseignorable(Py_UCS4 c); // skipped when deciding on a final sigma
int rt_str_char_isprintable(Py_UCS4 c); // not Other or Separator, except the space: repr keeps it
int rt_str_char_isxidstart(Py_UCS4 c);    // XID_Start (no '_')
int rt_str_char_isxidcontinue(Py_UCS4 c); // XID_Continue (with '_' and digits)

// s.isidentifier(): not empty, s[0] XID_Start or '_', the rest XID_Continue. 1 or 0.
int rt_str_isidentifier(PyObject *s);

// The value 0..9 of a decimal digit (category Nd, as Py_UNICODE_TODECIMAL), or -1.
int rt_str_char_decimal(Py_UCS4 c);

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, for int(), float() and complex() of
// a str: write the len(s) code points of s and a NUL to out (len(s) + 1 bytes), ASCII as is,
// Unicode whitespace as ' ', decimal digits as '0'..'9', anything else as '?' (which no number
// contains, so parsing fails there). Never fails.
void rt_str_to_ascii_digits(PyObject *s, char *out);

// Full case mappings: write the 1 to 3 code points of c's mapping to out, return how many.
int rt_str_char_lower(Py_UCS4 c, Py_UCS4 out[3]);
int rt_str_char_upper(Py_UCS4 c, Py_UCS4 out[3]);
int rt_str_char_title(Py_UCS4 c, Py_UCS4 out[3]);
int rt_str_char_fold(Py_UCS4 c, Py_UCS4 out[3]);

// s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold(): new str, or
// NULL with MemoryError.
PyObject *rt_str_lower(PyObject *s);
PyObject *rt_str_upper(PyObject *s);
PyObject *rt_str_title(PyObject *s);
PyObject *rt_str_capitalize(PyObject *s);
PyObject *rt_str_swapcase(PyObject *s);
PyObject *rt_str_casefold(PyObject *s);

// The str predicates, for rt_str_is.
enum {
    RT_STR_ISSPACE, RT_STR_ISALPHA, RT_STR_ISALNUM, RT_STR_ISDECIMAL, RT_STR_ISDIGIT,
    RT_STR_ISNUMERIC, RT_STR_ISASCII, RT_STR_ISUPPER, RT_STR_ISLOWER, RT_STR_ISTITLE,
    RT_STR_ISPRINTABLE, RT_STR_ISIDENTIFIER,
};

// s.isspace() ... s.isidentifier() (what is an RT_STR_IS* value): 1 or 0, never fails.
int rt_str_is(PyObject *s, int what);

#endif
