// str_props.c: Unicode character properties for the str methods: classification (isspace,
// isalpha, isdigit, isprintable, isidentifier ...) on utf8proc's categories plus CPython's
// own property tables, and the is*() predicates of whole strings. Case mappings are in
// str_case.c.
// CPython 3.11's database is Unicode 14.0 and utf8proc 2.8 is on 15.0: code points first
// assigned in 15.0 are treated as unassigned (category Cn) here, so they classify as 3.11's.
#include <utf8proc.h>
#include "runtime/runtime.h"
#include "runtime/objects/str_props.h"

typedef struct {
    Py_UCS4 first, last;
} Range;

// Generated with (the same filter for each table, on str methods of CPython 3.11):
//   other_lowercase: c.islower() and category != 'Ll'; other_uppercase: c.isupper() and
//   category != 'Lu'; digits: c.isdigit(); numerics: c.isnumeric().
static const Range other_lowercase[] = {
    {0xAA, 0xAA}, {0xBA, 0xBA}, {0x2B0, 0x2B8}, {0x2C0, 0x2C1}, {0x2E0, 0x2E4}, {0x345, 0x345},
    {0x37A, 0x37A}, {0x1D2C, 0x1D6A}, {0x1D78, 0x1D78}, {0x1D9B, 0x1DBF}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2170, 0x217F}, {0x24D0, 0x24E9}, {0x2C7C, 0x2C7D},
    {0xA69C, 0xA69D}, {0xA770, 0xA770}, {0xA7F8, 0xA7F9}, {0xAB5C, 0xAB5F}, {0x10780, 0x10780},
    {0x10783, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
};
static const Range other_uppercase[] = {
    {0x2160, 0x216F}, {0x24B6, 0x24CF}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169},
    {0x1F170, 0x1F189},
};
static const Range digits[] = {
    {0x30, 0x39}, {0xB2, 0xB3}, {0xB9, 0xB9}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9},
    {0x966, 0x96F}, {0x9E6, 0x9EF}, {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F},
    {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F}, {0xDE6, 0xDEF},
    {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049}, {0x1090, 0x1099},
    {0x1369, 0x1371}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19DA},
    {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49},
    {0x1C50, 0x1C59}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468},
    {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF},
    {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792}, {0xA620, 0xA629}, {0xA8D0, 0xA8D9},
    {0xA900, 0xA909}, {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9},
    {0xFF10, 0xFF19}, {0x104A0, 0x104A9}, {0x10A40, 0x10A43}, {0x10D30, 0x10D39},
    {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
    {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459},
    {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739},
    {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59},
    {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59},
    {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959},
    {0x1F100, 0x1F10A}, {0x1FBF0, 0x1FBF9},
};
static const Range numerics[] = {
    {0x30, 0x39}, {0xB2, 0xB3}, {0xB9, 0xB9}, {0xBC, 0xBE}, {0x660, 0x669}, {0x6F0, 0x6F9},
    {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF}, {0x9F4, 0x9F9}, {0xA66, 0xA6F},
    {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xB72, 0xB77}, {0xBE6, 0xBF2}, {0xC66, 0xC6F},
    {0xC78, 0xC7E}, {0xCE6, 0xCEF}, {0xD58, 0xD5E}, {0xD66, 0xD78}, {0xDE6, 0xDEF},
    {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF33}, {0x1040, 0x1049}, {0x1090, 0x1099},
    {0x1369, 0x137C}, {0x16EE, 0x16F0}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9}, {0x1810, 0x1819},
    {0x1946, 0x194F}, {0x19D0, 0x19DA}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59},
    {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2460, 0x249B}, {0x24EA, 0x24FF},
    {0x2776, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A},
    {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289},
    {0x32B1, 0x32BF}, {0x3405, 0x3405}, {0x3483, 0x3483}, {0x382A, 0x382A}, {0x3B4D, 0x3B4D},
    {0x4E00, 0x4E00}, {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D},
    {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x4E96, 0x4E96}, {0x4EBF, 0x4EC0}, {0x4EDF, 0x4EDF},
    {0x4EE8, 0x4EE8}, {0x4F0D, 0x4F0D}, {0x4F70, 0x4F70}, {0x5104, 0x5104}, {0x5146, 0x5146},
    {0x5169, 0x5169}, {0x516B, 0x516B}, {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5345},
    {0x534C, 0x534C}, {0x53C1, 0x53C4}, {0x56DB, 0x56DB}, {0x58F1, 0x58F1}, {0x58F9, 0x58F9},
    {0x5E7A, 0x5E7A}, {0x5EFE, 0x5EFF}, {0x5F0C, 0x5F0E}, {0x5F10, 0x5F10}, {0x62FE, 0x62FE},
    {0x634C, 0x634C}, {0x67D2, 0x67D2}, {0x6F06, 0x6F06}, {0x7396, 0x7396}, {0x767E, 0x767E},
    {0x8086, 0x8086}, {0x842C, 0x842C}, {0x8CAE, 0x8CAE}, {0x8CB3, 0x8CB3}, {0x8D30, 0x8D30},
    {0x9621, 0x9621}, {0x9646, 0x9646}, {0x964C, 0x964C}, {0x9678, 0x9678}, {0x96F6, 0x96F6},
    {0xA620, 0xA629}, {0xA6E6, 0xA6EF}, {0xA830, 0xA835}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909},
    {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xF96B, 0xF96B},
    {0xF973, 0xF973}, {0xF978, 0xF978}, {0xF9B2, 0xF9B2}, {0xF9D1, 0xF9D1}, {0xF9D3, 0xF9D3},
    {0xF9FD, 0xF9FD}, {0xFF10, 0xFF19}, {0x10107, 0x10133}, {0x10140, 0x10178},
    {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323}, {0x10341, 0x10341},
    {0x1034A, 0x1034A}, {0x103D1, 0x103D5}, {0x104A0, 0x104A9}, {0x10858, 0x1085F},
    {0x10879, 0x1087F}, {0x108A7, 0x108AF}, {0x108FB, 0x108FF}, {0x10916, 0x1091B},
    {0x109BC, 0x109BD}, {0x109C0, 0x109CF}, {0x109D2, 0x109FF}, {0x10A40, 0x10A48},
    {0x10A7D, 0x10A7E}, {0x10A9D, 0x10A9F}, {0x10AEB, 0x10AEF}, {0x10B58, 0x10B5F},
    {0x10B78, 0x10B7F}, {0x10BA9, 0x10BAF}, {0x10CFA, 0x10CFF}, {0x10D30, 0x10D39},
    {0x10E60, 0x10E7E}, {0x10F1D, 0x10F26}, {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB},
    {0x11052, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9},
    {0x111E1, 0x111F4}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x1173B}, {0x118E0, 0x118F2},
    {0x11950, 0x11959}, {0x11C50, 0x11C6C}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9},
    {0x11FC0, 0x11FD4}, {0x12400, 0x1246E}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9},
    {0x16B50, 0x16B59}, {0x16B5B, 0x16B61}, {0x16E80, 0x16E96}, {0x1D2E0, 0x1D2F3},
    {0x1D360, 0x1D378}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9},
    {0x1E8C7, 0x1E8CF}, {0x1E950, 0x1E959}, {0x1EC71, 0x1ECAB}, {0x1ECAD, 0x1ECAF},
    {0x1ECB1, 0x1ECB4}, {0x1ED01, 0x1ED2D}, {0x1ED2F, 0x1ED3D}, {0x1F100, 0x1F10C},
    {0x1FBF0, 0x1FBF9}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200E2, 0x200E2},
    {0x20121, 0x20121}, {0x2092A, 0x2092A}, {0x20983, 0x20983}, {0x2098C, 0x2098C},
    {0x2099C, 0x2099C}, {0x20AEA, 0x20AEA}, {0x20AFD, 0x20AFD}, {0x20B19, 0x20B19},
    {0x22390, 0x22390}, {0x22998, 0x22998}, {0x23B1B, 0x23B1B}, {0x2626D, 0x2626D},
    {0x2F890, 0x2F890},
};
// Code points first assigned in Unicode 15.0 (unassigned in CPython 3.11's 14.0).
static const Range unicode15[] = {
    {0xCF3, 0xCF3},     {0xECE, 0xECE},     {0x10EFD, 0x10EFF}, {0x1123F, 0x11241},
    {0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A}, {0x11F3E, 0x11F59},
    {0x1342F, 0x1342F}, {0x13440, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155},
    {0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F},
    {0x1E4D0, 0x1E4F9}, {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F},
    {0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77}, {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF},
    {0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF}, {0x1FADA, 0x1FADB},
    {0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF},
};

// XID_Start is approximated by the categories Lu Ll Lt Lm Lo Nl, XID_Continue by those and
// Mn Mc Nd Pc; these are the exceptions, generated on CPython 3.11 by comparing
// c.isidentifier() (and ('a' + c).isidentifier()) with that approximation: Other_ID_Start,
// Other_ID_Continue, Pattern_Syntax, and the characters that NFKC would turn into
// non-identifiers.
static const Range xid_start_extra[] = {
    {0x1885, 0x1886}, {0x2118, 0x2118}, {0x212E, 0x212E},
};
// XID_Continue takes xid_start_extra too.
static const Range xid_continue_extra[] = {
    {0xB7, 0xB7}, {0x387, 0x387}, {0x1369, 0x1371}, {0x19DA, 0x19DA},
};
// Removed from both; XID_Start also drops U+0E33, U+0EB3 and U+FF9E..U+FF9F.
static const Range xid_excluded[] = {
    {0x37A, 0x37A},   {0x2E2F, 0x2E2F}, {0xFC5E, 0xFC63}, {0xFDFA, 0xFDFB}, {0xFE70, 0xFE70},
    {0xFE72, 0xFE72}, {0xFE74, 0xFE74}, {0xFE76, 0xFE76}, {0xFE78, 0xFE78}, {0xFE7A, 0xFE7A},
    {0xFE7C, 0xFE7C}, {0xFE7E, 0xFE7E},
};
static const Range xid_start_excluded[] = {
    {0xE33, 0xE33}, {0xEB3, 0xEB3}, {0xFF9E, 0xFF9F},
};

static int
in_ranges(const Range *r, size_t n, Py_UCS4 c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].first)
            hi = mid;
        else if (c > r[mid].last)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

#define IN(table, c) in_ranges(table, sizeof table / sizeof table[0], c)

int
rt_str_char_category(Py_UCS4 c)
{
    if (c > 0x10FFFF || (c >= 0xCF3 && IN(unicode15, c)))
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category((utf8proc_int32_t)c);
}

// The category, shorter to call.
static int
category(Py_UCS4 c)
{
    return rt_str_char_category(c);
}

int
rt_str_char_isspace(Py_UCS4 c)
{
    // CPython's _PyUnicode_IsWhitespace: bidirectional class WS, B or S, or category Zs.
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x1F: case 0x20: case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

int
rt_str_char_islinebreak(Py_UCS4 c)
{
    switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x85:
    case 0x2028: case 0x2029:
        return 1;
    default:
        return 0;
    }
}

int
rt_str_char_isalpha(Py_UCS4 c)
{
    switch (category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return 1;
    default:
        return 0;
    }
}

int
rt_str_char_isdecimal(Py_UCS4 c)
{
    return category(c) == UTF8PROC_CATEGORY_ND;
}

int
rt_str_char_decimal(Py_UCS4 c)
{
    if (category(c) != UTF8PROC_CATEGORY_ND)
        return -1;
    // Unicode allocates decimal digits in runs of ten from 0 to 9, possibly back to back
    // (U+1D7CE...), so the value is the offset in the run modulo 10.
    Py_UCS4 first = c;
    while (first > 0 && c - first < 100 && category(first - 1) == UTF8PROC_CATEGORY_ND)
        first--;
    return (int)((c - first) % 10);
}

void
rt_str_to_ascii_digits(PyObject *s, char *out)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int d;
        if (c < 128)
            out[i] = (char)c;
        else if (rt_str_char_isspace(c))
            out[i] = ' ';
        else
            out[i] = (d = rt_str_char_decimal(c)) >= 0 ? (char)('0' + d) : '?';
    }
    out[n] = '\0';
}

int
rt_str_char_isdigit(Py_UCS4 c)
{
    return IN(digits, c);
}

int
rt_str_char_isnumeric(Py_UCS4 c)
{
    return IN(numerics, c);
}

int
rt_str_char_islower(Py_UCS4 c)
{
    return category(c) == UTF8PROC_CATEGORY_LL || IN(other_lowercase, c);
}

int
rt_str_char_isupper(Py_UCS4 c)
{
    return category(c) == UTF8PROC_CATEGORY_LU || IN(other_uppercase, c);
}

int
rt_str_char_istitle(Py_UCS4 c)
{
    return category(c) == UTF8PROC_CATEGORY_LT;
}

int
rt_str_char_iscased(Py_UCS4 c)
{
    return rt_str_char_islower(c) || rt_str_char_isupper(c) || rt_str_char_istitle(c);
}

int
rt_str_char_isprintable(Py_UCS4 c)
{
    // CPython's Py_UNICODE_ISPRINTABLE: all but the Other and Separator categories, with the
    // space as the one printable separator.
    if (c < 0x7F)
        return c >= 0x20;
    switch (category(c)) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

// The categories that approximate XID_Start.
static int
is_start_category(int cat)
{
    switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        return 0;
    }
}

int
rt_str_char_isxidstart(Py_UCS4 c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return (is_start_category(category(c)) || IN(xid_start_extra, c)) &&
           !IN(xid_excluded, c) && !IN(xid_start_excluded, c);
}

int
rt_str_char_isxidcontinue(Py_UCS4 c)
{
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_';
    int cat = category(c);
    int in = is_start_category(cat) || cat == UTF8PROC_CATEGORY_MN ||
             cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND ||
             cat == UTF8PROC_CATEGORY_PC || IN(xid_start_extra, c) || IN(xid_continue_extra, c);
    return in && !IN(xid_excluded, c);
}

int
rt_str_isidentifier(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n == 0)
        return 0;
    Py_UCS4 first = PyUnicode_READ_CHAR(s, 0);
    // '_' starts identifiers although it is not XID_Start (it is XID_Continue)
    if (first != '_' && !rt_str_char_isxidstart(first))
        return 0;
    for (Py_ssize_t i = 1; i < n; i++) {
        if (!rt_str_char_isxidcontinue(PyUnicode_READ_CHAR(s, i)))
            return 0;
    }
    return 1;
}

int
rt_str_char_iscaseignorable(Py_UCS4 c)
{
    // Word_Break MidLetter/MidNumLet/Single_Quote, and categories Mn Me Cf Lm Sk.
    switch (c) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x5F4: case 0x2018:
    case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07:
    case 0xFF0E: case 0xFF1A:
        return 1;
    default:
        break;
    }
    switch (category(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return 1;
    default:
        return 0;
    }
}

// ---- predicates of whole strings ----------------------------------------------------------

// True if s is not empty and every character satisfies pred.
static int
all_chars(PyObject *s, int (*pred)(Py_UCS4))
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (n == 0)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!pred(PyUnicode_READ_CHAR(s, i)))
            return 0;
    }
    return 1;
}

static int
char_isalnum(Py_UCS4 c)
{
    return rt_str_char_isalpha(c) || rt_str_char_isdecimal(c) || rt_str_char_isdigit(c) ||
           rt_str_char_isnumeric(c);
}

int
rt_str_is(PyObject *s, int what)
{
    switch (what) {
    case RT_STR_ISSPACE: return all_chars(s, rt_str_char_isspace);
    case RT_STR_ISALPHA: return all_chars(s, rt_str_char_isalpha);
    case RT_STR_ISALNUM: return all_chars(s, char_isalnum);
    case RT_STR_ISDECIMAL: return all_chars(s, rt_str_char_isdecimal);
    case RT_STR_ISDIGIT: return all_chars(s, rt_str_char_isdigit);
    case RT_STR_ISNUMERIC: return all_chars(s, rt_str_char_isnumeric);
    case RT_STR_ISASCII: return ((PyUnicodeObject *)s)->ascii;
    case RT_STR_ISPRINTABLE:
        // the one predicate that holds for '': no character is unprintable
        return PyUnicode_GET_LENGTH(s) == 0 || all_chars(s, rt_str_char_isprintable);
    case RT_STR_ISIDENTIFIER: return rt_str_isidentifier(s);
    default: break;
    }
    // isupper / islower: some cased character and none of the other case; istitle: cased
    // characters only at word starts (uppercase/titlecase) and after them (lowercase).
    int cased = 0, previous_is_cased = 0;
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(s); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        int up = rt_str_char_isupper(c), low = rt_str_char_islower(c);
        int title = rt_str_char_istitle(c);
        if (what == RT_STR_ISUPPER) {
            if (low || title)
                return 0;
            cased |= up;
        }
        else if (what == RT_STR_ISLOWER) {
            if (up || title)
                return 0;
            cased |= low;
        }
        else if (up || title) {
            if (previous_is_cased)
                return 0;
            previous_is_cased = cased = 1;
        }
        else if (low) {
            if (!previous_is_cased)
                return 0;
            previous_is_cased = cased = 1;
        }
        else
            previous_is_cased = 0;
    }
    return cased;
}
