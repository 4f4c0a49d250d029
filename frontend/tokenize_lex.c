// tokenize_lex.c: the tokenizer's scanners for names (with the Unicode identifier check),
// numeric literals and string literals, as CPython 3.11's tokenizer scans them, errors
// included. Lines, indentation, operators and the token loop are in tokenize.c.
#include <stdio.h>
#include <utf8proc.h>
#include "frontend/tokenize_internal.h"

// ---- Unicode properties --------------------------------------------------------------------

int
tz_is_printable(Py_UCS4 c)
{
    if (c < 0x7F)
        return c >= 0x20;
    if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

// ID_Start (Unicode's letters and letter numbers, Other_ID_Start, minus Pattern_Syntax).
static int
is_id_start(Py_UCS4 c)
{
    if (c == 0x1885 || c == 0x1886 || c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C)
        return 1;
    if (c == 0x2E2F)
        return 0;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        return 0;
    }
}

// ID_Continue: ID_Start, marks, digits, connectors and Other_ID_Continue.
static int
is_id_continue(Py_UCS4 c)
{
    if (is_id_start(c) || c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA)
        return 1;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return 0;
    }
}

// The characters that the X (NFKC-closed) forms drop from ID_Start / ID_Continue, because
// their normalization is no identifier.
static int
dropped_by_nfkc(Py_UCS4 c, int start)
{
    if (c == 0x037A || c == 0x309B || c == 0x309C || (c >= 0xFC5E && c <= 0xFC63) || c == 0xFDFA ||
        c == 0xFDFB || (c >= 0xFE70 && c <= 0xFE7E && c % 2 == 0))
        return 1;
    return start && (c == 0x0E33 || c == 0x0EB3 || c == 0xFF9E || c == 0xFF9F);
}

static int
is_xid_start(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return is_id_start(c) && !dropped_by_nfkc(c, 1);
}

static int
is_xid_continue(Py_UCS4 c)
{
    if (c < 128)
        return tz_is_name_char((int)c);
    return is_id_continue(c) && !dropped_by_nfkc(c, 0);
}

// Decode the (already validated) UTF-8 sequence at *p, moving *p past it.
static Py_UCS4
decode_utf8(const unsigned char **p)
{
    const unsigned char *s = *p;
    if (s[0] < 0x80) {
        *p = s + 1;
        return s[0];
    }
    int n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    Py_UCS4 c = s[0] & (0x7F >> n);
    for (int i = 1; i < n; i++)
        c = (c << 6) | (s[i] & 0x3F);
    *p = s + n;
    return c;
}

// ---- names ---------------------------------------------------------------------------------

// A name with non-ASCII bytes must be an identifier (XID_Start or '_', then XID_Continue);
// otherwise CPython reports the first offending character, moving cur just past it.
static int
verify_identifier(Tokenizer *tz)
{
    const unsigned char *s = (const unsigned char *)tz->buf + tz->start;
    const unsigned char *end = (const unsigned char *)tz->buf + tz->cur;
    for (int first = 1; s < end; first = 0) {
        Py_UCS4 c = decode_utf8(&s);
        if (first ? is_xid_start(c) || c == '_' : is_xid_continue(c))
            continue;
        tz->cur = (Py_ssize_t)(s - (const unsigned char *)tz->buf);
        char hex[16];
        snprintf(hex, sizeof hex, "%04X", (unsigned)c);
        if (tz_is_printable(c))
            return tz_lex_error(tz, "invalid character '%c' (U+%s)", (int)c, hex);
        return tz_lex_error(tz, "invalid non-printable character U+%s", hex);
    }
    return 0;
}

static int scan_string(Tokenizer *tz, int quote);

int
tz_scan_name_or_string(Tokenizer *tz, int c)
{
    // The string prefixes: b, r, u, f, and br, rb, fr, rf in any case and order (not ur).
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    for (;;) {
        if (c == '"' || c == '\'')
            return scan_string(tz, c);
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = 1;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = 1;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = 1;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = 1;
        else
            break;
        c = tz_nextc(tz);
    }
    int nonascii = 0;
    while (tz_is_name_char(c)) {
        nonascii |= c >= 128;
        c = tz_nextc(tz);
    }
    tz_backup(tz, c);
    if (nonascii && verify_identifier(tz) < 0)
        return -1;
    return tz_keyword(tz->buf + tz->start, tz->cur - tz->start);
}

// ---- strings -------------------------------------------------------------------------------

// A string literal from its opening quote (the prefix, if any, was read): one token up to the
// matching quote(s), escapes skipped. f-strings too: in 3.11 a replacement field cannot reuse
// the enclosing quote, so they scan like any string.
static int
scan_string(Tokenizer *tz, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    tz->first_lineno = tz->lineno;
    tz->multi_line_start = tz->line_start;
    int c = tz_nextc(tz);
    if (c == quote) {
        c = tz_nextc(tz);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; // an empty string
    }
    if (c != quote)
        tz_backup(tz, c);
    while (end_quote_size != quote_size) {
        c = tz_nextc(tz);
        if (tz->error != NULL)
            return -1;
        if (c == TZ_EOF || (quote_size == 1 && c == '\n')) {
            // Reported at the start of the literal, on the line where it began.
            int detected = tz->lineno;
            tz->cur = tz->start + 1;
            tz->line_start = tz->multi_line_start;
            tz->lineno = tz->first_lineno;
            if (quote_size == 3)
                return tz_lex_error(
                    tz, "unterminated triple-quoted string literal (detected at line %d)",
                    detected);
            return tz_lex_error(tz, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                tz_nextc(tz); // the escaped character, a newline included
        }
    }
    return TOK_STRING;
}

// ---- numbers -------------------------------------------------------------------------------

// Whether the n characters of s come next, followed by no name character; reads nothing.
static int
lookahead(Tokenizer *tz, const char *s)
{
    Py_ssize_t saved = tz->cur;
    int c;
    while (*s != '\0' && (c = tz_nextc(tz)) == *s)
        s++;
    int found = *s == '\0' && !tz_is_name_char(c = tz_nextc(tz));
    tz->cur = saved; // the characters compared are on this line: a plain rewind is exact
    return found;
}

// A literal may be followed by a keyword that can follow it in valid code ("1if x else y":
// CPython only warns, and this tokenizer does not warn), but by no other ASCII name
// character (a non-ASCII one starts a NAME, which the parser rejects). c is the character
// after the literal; on error cur is left just before it.
static int
verify_end_of_number(Tokenizer *tz, int c, const char *kind)
{
    int keyword = 0;
    switch (c) {
    case 'a':
        keyword = lookahead(tz, "nd");
        break;
    case 'e':
        keyword = lookahead(tz, "lse");
        break;
    case 'f':
        keyword = lookahead(tz, "or");
        break;
    case 'i': {
        int c2 = tz_nextc(tz);
        keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
        tz_backup(tz, c2);
        break;
    }
    case 'o':
        keyword = lookahead(tz, "r");
        break;
    case 'n':
        keyword = lookahead(tz, "ot");
        break;
    }
    if (!keyword && c < 128 && tz_is_name_char(c)) {
        tz_backup(tz, c);
        return tz_lex_error(tz, "invalid %s literal", kind);
    }
    return 0;
}

// The rest of a run of decimal digits with single underscores between them: the character
// after it, or 0 with the error raised.
static int
decimal_tail(Tokenizer *tz)
{
    int c;
    for (;;) {
        do {
            c = tz_nextc(tz);
        } while (tz_isdigit(c));
        if (c != '_')
            return c;
        c = tz_nextc(tz);
        if (!tz_isdigit(c)) {
            tz_backup(tz, c);
            tz_lex_error(tz, "invalid decimal literal");
            return 0;
        }
    }
}

// From the character after a literal's digits: an optional 'j', then the end check.
static int
imaginary_part(Tokenizer *tz, int c)
{
    if (c == 'j' || c == 'J') {
        c = tz_nextc(tz);
        if (verify_end_of_number(tz, c, "imaginary") < 0)
            return -1;
    } else if (verify_end_of_number(tz, c, "decimal") < 0) {
        return -1;
    }
    tz_backup(tz, c);
    return TOK_NUMBER;
}

// From the character after the mantissa: an optional exponent, then imaginary_part. An 'e'
// followed by no digit is not part of the number ("1else" is 1 else).
static int
exponent_part(Tokenizer *tz, int c)
{
    if (c == 'e' || c == 'E') {
        int e = c;
        c = tz_nextc(tz);
        if (c == '+' || c == '-') {
            c = tz_nextc(tz);
            if (!tz_isdigit(c)) {
                tz_backup(tz, c);
                return tz_lex_error(tz, "invalid decimal literal");
            }
        } else if (!tz_isdigit(c)) {
            tz_backup(tz, c);
            if (verify_end_of_number(tz, e, "decimal") < 0)
                return -1;
            tz_backup(tz, e);
            return TOK_NUMBER;
        }
        c = decimal_tail(tz);
        if (c == 0)
            return -1;
    }
    return imaginary_part(tz, c);
}

int
tz_scan_fraction(Tokenizer *tz, int c)
{
    if (tz_isdigit(c)) {
        c = decimal_tail(tz);
        if (c == 0)
            return -1;
    }
    return exponent_part(tz, c);
}

static int
is_digit_in(int c, int base)
{
    if (base == 16)
        return tz_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return c >= '0' && c < '0' + base;
}

// The digits of 0x, 0o and 0b literals, each group after an optional single underscore.
static int
radix_digits(Tokenizer *tz, int base)
{
    const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    int c = tz_nextc(tz);
    do {
        if (c == '_')
            c = tz_nextc(tz);
        if (!is_digit_in(c, base)) {
            if (base != 16 && tz_isdigit(c))
                return tz_lex_error(tz, "invalid digit '%c' in %s literal", c, kind);
            tz_backup(tz, c);
            return tz_lex_error(tz, "invalid %s literal", kind);
        }
        do {
            c = tz_nextc(tz);
        } while (is_digit_in(c, base));
    } while (c == '_');
    if (base != 16 && tz_isdigit(c))
        return tz_lex_error(tz, "invalid digit '%c' in %s literal", c, kind);
    if (verify_end_of_number(tz, c, kind) < 0)
        return -1;
    tz_backup(tz, c);
    return TOK_NUMBER;
}

// After a leading '0': a radix prefix, zeros ("00" and "0_0" are 0), or a float or imaginary
// literal ("09.5", "01j"); other leading zeros are errors.
static int
number_after_zero(Tokenizer *tz)
{
    int c = tz_nextc(tz);
    if (c == 'x' || c == 'X')
        return radix_digits(tz, 16);
    if (c == 'o' || c == 'O')
        return radix_digits(tz, 8);
    if (c == 'b' || c == 'B')
        return radix_digits(tz, 2);
    for (;;) {
        if (c == '_') {
            c = tz_nextc(tz);
            if (!tz_isdigit(c)) {
                tz_backup(tz, c);
                return tz_lex_error(tz, "invalid decimal literal");
            }
        }
        if (c != '0')
            break;
        c = tz_nextc(tz);
    }
    Py_ssize_t zeros_end = tz->cur;
    int nonzero = tz_isdigit(c);
    if (nonzero) {
        c = decimal_tail(tz);
        if (c == 0)
            return -1;
    }
    if (c == '.')
        return tz_scan_fraction(tz, tz_nextc(tz));
    if (c == 'e' || c == 'E')
        return exponent_part(tz, c);
    if (c == 'j' || c == 'J')
        return imaginary_part(tz, c);
    if (nonzero) {
        tz_backup(tz, c);
        return tz_lex_error_range(tz, (int)(tz->start + 1 - tz->line_start),
                                  (int)(zeros_end - tz->line_start),
                                  "leading zeros in decimal integer literals are not permitted; "
                                  "use an 0o prefix for octal integers");
    }
    if (verify_end_of_number(tz, c, "decimal") < 0)
        return -1;
    tz_backup(tz, c);
    return TOK_NUMBER;
}

int
tz_scan_number(Tokenizer *tz, int c)
{
    if (c == '0')
        return number_after_zero(tz);
    c = decimal_tail(tz);
    if (c == 0)
        return -1;
    if (c == '.')
        return tz_scan_fraction(tz, tz_nextc(tz));
    return exponent_part(tz, c);
}
