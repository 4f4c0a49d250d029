// test_int_format.c: runtime/objects/int_format.c: ints to text in every base, parsing with
// Python's literal rules (str, bytes, Unicode digits), the 4300-digit limit, and int() itself.
// Expected values and messages were printed by CPython 3.11.7 (python3).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "runtime/runtime.h"

static int
setup(void **state)
{
    return rt_runtime_init();
}

static int
teardown(void **state)
{
    rt_runtime_fini();
    return 0;
}

// x, base, str(x) in that base
static const struct {
    const char *x;
    int base;
    const char *text;
} base_cases[] = {
    {"9223372036854775807", 2, "111111111111111111111111111111111111111111111111111111111111111"},
    {"9223372036854775807", 3, "2021110011022210012102010021220101220221"},
    {"9223372036854775807", 4, "13333333333333333333333333333333"},
    {"9223372036854775807", 5, "1104332401304422434310311212"},
    {"9223372036854775807", 6, "1540241003031030222122211"},
    {"9223372036854775807", 7, "22341010611245052052300"},
    {"9223372036854775807", 8, "777777777777777777777"},
    {"9223372036854775807", 9, "67404283172107811827"},
    {"9223372036854775807", 10, "9223372036854775807"},
    {"9223372036854775807", 11, "1728002635214590697"},
    {"9223372036854775807", 12, "41a792678515120367"},
    {"9223372036854775807", 13, "10b269549075433c37"},
    {"9223372036854775807", 14, "4340724c6c71dc7a7"},
    {"9223372036854775807", 15, "160e2ad3246366807"},
    {"9223372036854775807", 16, "7fffffffffffffff"},
    {"9223372036854775807", 17, "33d3d8307b214008"},
    {"9223372036854775807", 18, "16agh595df825fa7"},
    {"9223372036854775807", 19, "ba643dci0ffeehh"},
    {"9223372036854775807", 20, "5cbfjia3fh26ja7"},
    {"9223372036854775807", 21, "2heiciiie82dh97"},
    {"9223372036854775807", 22, "1adaibb21dckfa7"},
    {"9223372036854775807", 23, "i6k448cf4192c2"},
    {"9223372036854775807", 24, "acd772jnc9l0l7"},
    {"9223372036854775807", 25, "64ie1focnn5g77"},
    {"9223372036854775807", 26, "3igoecjbmca687"},
    {"9223372036854775807", 27, "27c48l5b37oaop"},
    {"9223372036854775807", 28, "1bk39f3ah3dmq7"},
    {"9223372036854775807", 29, "q1se8f0m04isb"},
    {"9223372036854775807", 30, "hajppbc1fc207"},
    {"9223372036854775807", 31, "bm03i95hia437"},
    {"9223372036854775807", 32, "7vvvvvvvvvvvv"},
    {"9223372036854775807", 33, "5hg4ck9jd4u37"},
    {"9223372036854775807", 34, "3tdtk1v8j6tpp"},
    {"9223372036854775807", 35, "2pijmikexrxp7"},
    {"9223372036854775807", 36, "1y2p0ij32e8e7"},
    {"-515377520732011331036461129765621272702107522001", 2,
     "-10110100100011001010011110010100110011100110111011010000101011001011011010000011111011101110"
     "1011101011010010100011111010101010111001111001110000001001111010001"},
    {"-515377520732011331036461129765621272702107522001", 3,
     "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000"},
    {"-515377520732011331036461129765621272702107522001", 4,
     "-11221012110330221213031312201112112310013313131131122110133111113033032001033101"},
    {"-515377520732011331036461129765621272702107522001", 5,
     "-123003224403131121423224422304043220313442211412042423422404011201001"},
    {"-515377520732011331036461129765621272702107522001", 6,
     "-14313423522011412241035544440223523234135534040541211210520213"},
    {"-515377520732011331036461129765621272702107522001", 7,
     "-230231613340145623403214021055230445262243332056242021334"},
    {"-515377520732011331036461129765621272702107522001", 8,
     "-55106247451471566412626640767353532243725271716011721"},
    {"-515377520732011331036461129765621272702107522001", 9,
     "-100000000000000000000000000000000000000000000000000"},
    {"-515377520732011331036461129765621272702107522001", 10,
     "-515377520732011331036461129765621272702107522001"},
    {"-515377520732011331036461129765621272702107522001", 11,
     "-7085a2a24818032145a0328184aa19380a593147313701"},
    {"-515377520732011331036461129765621272702107522001", 12,
     "-183611893688541ba4a32a16157a1615241b780a36069"},
    {"-515377520732011331036461129765621272702107522001", 13,
     "-859b7b94aa215cc5861c2a2c663244461b6511c2733"},
    {"-515377520732011331036461129765621272702107522001", 14,
     "-5389b17531b25875668478a822429393377b28c61b"},
    {"-515377520732011331036461129765621272702107522001", 15,
     "-49daae4e77713e9e3771ca37915d5049484d11a86"},
    {"-515377520732011331036461129765621272702107522001", 16,
     "-5a4653ca673768565b41f775d6947d55cf3813d1"},
    {"-515377520732011331036461129765621272702107522001", 17,
     "-904fg7gc0ef8f6g5a902d728dfag0543f8b492d"},
    {"-515377520732011331036461129765621272702107522001", 18,
     "-108g3h89eba38c59g8623c5e7f6a112a3951249"},
    {"-515377520732011331036461129765621272702107522001", 19,
     "-29a285fe02bhd390db1e2b416e95gb64i4i56g"},
    {"-515377520732011331036461129765621272702107522001", 20,
     "-79jhgfja2gccce0di54j7b2j4hc84ia8c0501"},
    {"-515377520732011331036461129765621272702107522001", 21,
     "-1640j700gk19i6a4c55k9bii3e8ega93906ci"},
    {"-515377520732011331036461129765621272702107522001", 22,
     "-5796j95i0b6ci80dh62af8905c2h27ieba01"},
    {"-515377520732011331036461129765621272702107522001", 23,
     "-12kidj3k75kd05blhc7akjl93c415d12j8b3"},
    {"-515377520732011331036461129765621272702107522001", 24,
     "-626b8lmb34h9nlbj8mm7a2i3b0a2e67h639"},
    {"-515377520732011331036461129765621272702107522001", 25,
     "-1d0hekgg79dcocfknc38oc6lammjckk6a51"},
    {"-515377520732011331036461129765621272702107522001", 26,
     "-ab03l5dkkdg9eehnk7lk2cpofagfbln1l3"},
    {"-515377520732011331036461129765621272702107522001", 27,
     "-3000000000000000000000000000000000"},
    {"-515377520732011331036461129765621272702107522001", 28, "-p88n125a12oi9bga0geh133gleh0effep"},
    {"-515377520732011331036461129765621272702107522001", 29, "-86j7ki9papppedp46a3dsf4qdp2aksk5k"},
    {"-515377520732011331036461129765621272702107522001", 30, "-2nd4jsj1a25od4ome02c42cm0i3alisql"},
    {"-515377520732011331036461129765621272702107522001", 31, "-u5usgeqg8knsu9j88cl1pekfb3hl47hp"},
    {"-515377520732011331036461129765621272702107522001", 32, "-b9357ij76tk5cmq1utqtd53tan7jg4uh"},
    {"-515377520732011331036461129765621272702107522001", 33, "-4beufewwso0d4fij3ajemw2eumt6v37c"},
    {"-515377520732011331036461129765621272702107522001", 34, "-1ojprttfsm29gsuohpsv6siacqibb6id"},
    {"-515377520732011331036461129765621272702107522001", 35, "-ojb0d29i77hq17179uo7g8dxh4e4syb"},
    {"-515377520732011331036461129765621272702107522001", 36, "-ajmfwc7pep3zss2fwkm9zm45pd86w29"},
};
// x, bin(x), oct(x), hex(x)
static const char *const prefix_cases[][4] = {
    {"0", "0b0", "0o0", "0x0"},
    {"1", "0b1", "0o1", "0x1"},
    {"-1", "-0b1", "-0o1", "-0x1"},
    {"35", "0b100011", "0o43", "0x23"},
    {"-36", "-0b100100", "-0o44", "-0x24"},
    {"255", "0b11111111", "0o377", "0xff"},
    {"9223372036854775807", "0b111111111111111111111111111111111111111111111111111111111111111",
     "0o777777777777777777777", "0x7fffffffffffffff"},
    {"-9223372036854775808", "-0b1000000000000000000000000000000000000000000000000000000000000000",
     "-0o1000000000000000000000", "-0x8000000000000000"},
    {"18446744073709551616", "0b10000000000000000000000000000000000000000000000000000000000000000",
     "0o2000000000000000000000", "0x10000000000000000"},
    {"-12157665459056928801", "-0b1010100010111000101101000101001000101001000111111110100000100001",
     "-0o1242705505105107764041", "-0xa8b8b452291fe821"},
};
// text, base, int(text, base) or the ValueError message
static const struct {
    const char *text;
    int base;
    const char *value, *error;
} parse_cases[] = {
    {"0", 10, "0", NULL},
    {"-0", 10, "0", NULL},
    {"+5", 10, "5", NULL},
    {" 1_0 ", 10, "10", NULL},
    {"1__0", 10, NULL, "invalid literal for int() with base 10: '1__0'"},
    {"_1", 10, NULL, "invalid literal for int() with base 10: '_1'"},
    {"1_", 10, NULL, "invalid literal for int() with base 10: '1_'"},
    {"0x_1f", 0, "31", NULL},
    {"0x1f", 16, "31", NULL},
    {"0X1F", 16, "31", NULL},
    {"0x1f", 0, "31", NULL},
    {"0b101", 0, "5", NULL},
    {"0B_1", 2, "1", NULL},
    {"0b__1", 2, NULL, "invalid literal for int() with base 2: '0b__1'"},
    {"0o17", 0, "15", NULL},
    {"0O17", 8, "15", NULL},
    {"017", 8, "15", NULL},
    {"010", 0, NULL, "invalid literal for int() with base 0: '010'"},
    {"00", 0, "0", NULL},
    {"0_0", 0, "0", NULL},
    {"+0_0", 0, "0", NULL},
    {"0_7", 0, NULL, "invalid literal for int() with base 0: '0_7'"},
    {"0_", 0, NULL, "invalid literal for int() with base 0: '0_'"},
    {"08", 0, NULL, "invalid literal for int() with base 0: '08'"},
    {"01", 0, NULL, "invalid literal for int() with base 0: '01'"},
    {"-0x10", 0, "-16", NULL},
    {"- 5", 10, NULL, "invalid literal for int() with base 10: '- 5'"},
    {"", 10, NULL, "invalid literal for int() with base 10: ''"},
    {"  ", 10, NULL, "invalid literal for int() with base 10: '  '"},
    {"-", 10, NULL, "invalid literal for int() with base 10: '-'"},
    {"abc", 10, NULL, "invalid literal for int() with base 10: 'abc'"},
    {"abc", 0, NULL, "invalid literal for int() with base 0: 'abc'"},
    {"z", 36, "35", NULL},
    {"Z", 36, "35", NULL},
    {"zz", 35, NULL, "invalid literal for int() with base 35: 'zz'"},
    {"1e5", 10, NULL, "invalid literal for int() with base 10: '1e5'"},
    {"1.0", 10, NULL, "invalid literal for int() with base 10: '1.0'"},
    {"0x", 16, NULL, "invalid literal for int() with base 16: '0x'"},
    {"0x", 0, NULL, "invalid literal for int() with base 0: '0x'"},
    {"0b", 0, NULL, "invalid literal for int() with base 0: '0b'"},
    {"0b_", 2, NULL, "invalid literal for int() with base 2: '0b_'"},
    {"_", 16, NULL, "invalid literal for int() with base 16: '_'"},
    {"9", 8, NULL, "invalid literal for int() with base 8: '9'"},
    {"0b1", 16, "177", NULL},
    {"0x1", 8, NULL, "invalid literal for int() with base 8: '0x1'"},
    {"12", 3, "5", NULL},
    {"\x09"
     "0b1\x0a",
     0, "1", NULL},
    {"\x0b\x0c 7\x0d", 10, "7", NULL},
    {" 12\x1c", 10, NULL, "invalid literal for int() with base 10: ' 12\\x1c'"},
    {"9223372036854775807", 10, "9223372036854775807", NULL},
    {"9223372036854775808", 10, "9223372036854775808", NULL},
    {"-9223372036854775808", 10, "-9223372036854775808", NULL},
    {"-9223372036854775809", 10, "-9223372036854775809", NULL},
    {"18446744073709551616", 0, "18446744073709551616", NULL},
    {"0xffffffffffffffffffffffff", 0, "79228162514264337593543950335", NULL},
    {"-0b111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "1111111111",
     0, "-1267650600228229401496703205375", NULL},
    {"1_000_000_000_000_000_000_000", 10, "1000000000000000000000", NULL},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxx",
     10, NULL,
     "invalid literal for int() with base 10: "
     "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxx"},
    {"111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111",
     10,
     "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "111111111111111111111",
     NULL},
    {"0o1_2_3", 0, "83", NULL},
    {"0o_", 0, NULL, "invalid literal for int() with base 0: '0o_'"},
    {"1 2", 10, NULL, "invalid literal for int() with base 10: '1 2'"},
    {"0 1", 0, NULL, "invalid literal for int() with base 0: '0 1'"},
    {"00x", 0, NULL, "invalid literal for int() with base 0: '00x'"},
    {"0o8", 0, NULL, "invalid literal for int() with base 0: '0o8'"},
    {"-zz_zz_zz_zz_zz_zz_zz_zz", 36, "-7958661109946400884391935", NULL},
};
// text, base, int(text, base) or the ValueError message (str objects)
static const struct {
    const char *text;
    Py_ssize_t len;
    int base;
    const char *value, *error;
} unicode_cases[] = {
    {"\xd9\xa1\xd9\xa2\xd9\xa3", 6, 10, "123", NULL},
    {"\xc2\xa0"
     "12\xe2\x80\x83",
     7, 10, "12", NULL},
    {"\xe3\x80\x80 5", 5, 10, "5", NULL},
    {"5\xc2\x85", 3, 10, "5", NULL},
    {"\xf0\x9d\x9f\x99", 4, 10, "1", NULL},
    {"\xf0\x9d\x9f\x8e\xf0\x9d\x9f\x98", 8, 10, "0", NULL},
    {"\xd9\xa3", 2, 2, NULL, "invalid literal for int() with base 2: '\xd9\xa3'"},
    {"\xd9\xa1\xd9\xa0", 4, 2, "2", NULL},
    {"\xd9\xa1\xd9\xa2_3", 6, 10, "123", NULL},
    {"\xef\xbc\x91\xef\xbc\x90", 6, 10, "10", NULL},
    {"\xe0\xa5\xa6\xe0\xa5\xa7", 6, 0, NULL,
     "invalid literal for int() with base 0: '\xe0\xa5\xa6\xe0\xa5\xa7'"},
    {"x\xc3\xa9", 3, 10, NULL, "invalid literal for int() with base 10: 'x\xc3\xa9'"},
    {"12\xc2\xbd", 4, 10, NULL, "invalid literal for int() with base 10: '12\xc2\xbd'"},
    {"\xe2\x81\xb0", 3, 10, NULL, "invalid literal for int() with base 10: '\xe2\x81\xb0'"},
    {"\xe2\x80\x8b"
     "1",
     4, 10, NULL, "invalid literal for int() with base 10: '\\u200b1'"},
    {"1\x00", 2, 10, NULL, "invalid literal for int() with base 10: '1\\x00'"},
    {"\xd9\xa3", 2, 16, "3", NULL},
    {"-\xe0\xb9\x91\xe0\xb9\x92", 7, 0, "-12", NULL},
    {"\xe1\xa0\x91\xe1\xa0\x90", 6, 10, "10", NULL},
    {"\xf0\x9e\xa5\x90\xf0\x9e\xa5\x99", 8, 10, "9", NULL},
    {"\xe2\x80\xa8 7 \xe2\x80\xa9", 9, 10, "7", NULL},
    {"\x1f"
     "7",
     2, 10, NULL, "invalid literal for int() with base 10: '\\x1f7'"},
    {"7\x7f", 2, 10, NULL, "invalid literal for int() with base 10: '7\\x7f'"},
};
// bytes, length, base, int(bytes, base) or the ValueError message
static const struct {
    const char *text;
    Py_ssize_t len;
    int base;
    const char *value, *error;
} bytes_cases[] = {
    {"12", 2, 10, "12", NULL},
    {"1x", 2, 10, NULL, "invalid literal for int() with base 10: b'1x'"},
    {" 0x_ff ", 7, 0, "255", NULL},
    {"12\x00", 3, 10, NULL, "invalid literal for int() with base 10: b'12\\x00'"},
    {"\xff", 1, 10, NULL, "invalid literal for int() with base 10: b'\\xff'"},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxx",
     300, 10, NULL,
     "invalid literal for int() with base 10: "
     "b'"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxxxx"},
    {"-0b1_0", 6, 0, "-2", NULL},
};
static const char three_1000[] =
    "132207081948080663689045525975214436596542203275214816766492036822682859734670489954077831"
    "385060806196390977769687258235595095458210061891186534272525795367402762022519832080387801"
    "477422896484127439040011758861804112894781562309443806156617305408667449050617812548034440"
    "554705439703889581746536825491613622083026856377858229022841639830788789691855640408489893"
    "760937324217184635993869551676501894058810906042608967143886410281435038564874716583201061"
    "4366132173102768902855220001";
static const char int_1e300[] =
    "100000000000000005250476025520442024870446858110815915491585411551180245798890819578637137"
    "508044786404370444383288387817694252323536043057564479218478670698284838720092657580373783"
    "023379478809005936895323497079994508111903896764088007465274278014249457925878882005684283"
    "8115669472196386865459400540160";

#define N_CASES(t) (sizeof(t) / sizeof((t)[0]))

static PyObject *
num(const char *s)
{
    PyObject *o = PyLong_FromString(s, NULL, 10);
    assert_non_null(o);
    return o;
}

// Checks that s (stolen) is a str equal to the UTF-8 text expected.
static void
check_str(PyObject *s, const char *expected, const char *what)
{
    if (s == NULL) {
        PyErr_Print();
        fail_msg("%s: NULL instead of %.80s", what, expected);
    }
    assert_true(PyUnicode_Check(s));
    if (strcmp(PyUnicode_AsUTF8(s), expected) != 0)
        fail_msg("%s: got %.80s, expected %.80s", what, PyUnicode_AsUTF8(s), expected);
    Py_DECREF(s);
}

// Checks that o (stolen) is an exact int with the decimal repr expected.
static void
check_int(PyObject *o, const char *expected, const char *what)
{
    if (o == NULL) {
        PyErr_Print();
        fail_msg("%s: NULL instead of %.80s", what, expected);
    }
    assert_true(PyLong_CheckExact(o));
    check_str(PyObject_Repr(o), expected, what);
    Py_DECREF(o);
}

// Checks that o is NULL with an exception of the given type and message, and clears it.
static void
check_error(PyObject *o, PyObject *type, const char *msg, const char *what)
{
    if (o != NULL)
        fail_msg("%s: no error (expected %.80s)", what, msg);
    assert_true(PyErr_ExceptionMatches(type));
    PyObject *exc = PyErr_GetRaisedException();
    check_str(PyObject_Str(exc), msg, what);
    Py_DECREF(exc);
}

// The result of a parse case: the int, or the ValueError.
static void
check_parsed(PyObject *o, const char *value, const char *error, const char *what)
{
    if (value != NULL)
        check_int(o, value, what);
    else
        check_error(o, PyExc_ValueError, error, what);
}

static void
test_int_to_string_in_every_base(void **state)
{
    for (size_t i = 0; i < N_CASES(base_cases); i++) {
        PyObject *x = num(base_cases[i].x);
        char what[64];
        snprintf(what, sizeof what, "base %d", base_cases[i].base);
        check_str(rt_int_to_string(x, base_cases[i].base, 0), base_cases[i].text, what);
        // Only 2, 8 and 16 have a prefix, so alternate changes nothing elsewhere.
        if (base_cases[i].base != 2 && base_cases[i].base != 8 && base_cases[i].base != 16)
            check_str(rt_int_to_string(x, base_cases[i].base, 1), base_cases[i].text, what);
        // And the text parses back in that base.
        PyObject *back = PyLong_FromString(base_cases[i].text, NULL, base_cases[i].base);
        assert_non_null(back);
        assert_int_equal(rt_int_compare(back, x), 0);
        Py_DECREF(back);
        Py_DECREF(x);
    }
}

static void
test_int_to_string_prefixes_follow_the_sign(void **state)
{
    for (size_t i = 0; i < N_CASES(prefix_cases); i++) {
        PyObject *x = num(prefix_cases[i][0]);
        check_str(rt_int_to_string(x, 2, 1), prefix_cases[i][1], "bin");
        check_str(rt_int_to_string(x, 8, 1), prefix_cases[i][2], "oct");
        check_str(rt_int_to_string(x, 16, 1), prefix_cases[i][3], "hex");
        check_str(rt_int_to_string(x, 10, 1), prefix_cases[i][0], "str");
        check_str(PyObject_Repr(x), prefix_cases[i][0], "repr");
        Py_DECREF(x);
    }
}

static void
test_int_repr_of_huge_values_matches_cpython(void **state)
{
    PyObject *three = PyLong_FromLong(3), *e = PyLong_FromLong(1000);
    PyObject *x = PyNumber_Power(three, e, Py_None);
    check_str(PyObject_Repr(x), three_1000, "3 ** 1000");
    // and back: parsing 478 digits gives the same value
    PyObject *back = PyLong_FromString(three_1000, NULL, 10);
    assert_int_equal(rt_int_compare(back, x), 0);
    Py_DECREF(back);
    Py_DECREF(x);
    Py_DECREF(three);
    Py_DECREF(e);
}

static void
test_int_from_string_follows_python_literal_rules(void **state)
{
    for (size_t i = 0; i < N_CASES(parse_cases); i++) {
        char what[120];
        snprintf(what, sizeof what, "int(%.60s, %d)", parse_cases[i].text, parse_cases[i].base);
        char *end = NULL;
        PyObject *o = PyLong_FromString(parse_cases[i].text, &end, parse_cases[i].base);
        if (o != NULL)
            assert_ptr_equal(end, parse_cases[i].text + strlen(parse_cases[i].text));
        check_parsed(o, parse_cases[i].value, parse_cases[i].error, what);
        // A str object with the same text gives the same result.
        PyObject *s = PyUnicode_FromString(parse_cases[i].text);
        check_parsed(PyLong_FromUnicodeObject(s, parse_cases[i].base), parse_cases[i].value,
                     parse_cases[i].error, what);
        Py_DECREF(s);
    }
    assert_null(PyLong_FromString("1", NULL, 37));
    assert_true(PyErr_ExceptionMatches(PyExc_ValueError));
    PyErr_Clear();
}

static void
test_int_from_unicode_accepts_decimal_digits_and_spaces(void **state)
{
    for (size_t i = 0; i < N_CASES(unicode_cases); i++) {
        PyObject *s = PyUnicode_FromStringAndSize(unicode_cases[i].text, unicode_cases[i].len);
        assert_non_null(s);
        char what[64];
        snprintf(what, sizeof what, "unicode case %zu", i);
        check_parsed(PyLong_FromUnicodeObject(s, unicode_cases[i].base), unicode_cases[i].value,
                     unicode_cases[i].error, what);
        Py_DECREF(s);
    }
}

static void
test_int_from_bytes_reports_the_bytes_repr(void **state)
{
    for (size_t i = 0; i < N_CASES(bytes_cases); i++) {
        PyObject *b = PyBytes_FromStringAndSize(bytes_cases[i].text, bytes_cases[i].len);
        char what[64];
        snprintf(what, sizeof what, "bytes case %zu", i);
        check_parsed(
            rt_int_from_bytes(PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b), bytes_cases[i].base),
            bytes_cases[i].value, bytes_cases[i].error, what);
        Py_DECREF(b);
    }
}

// A NUL-terminated string of n copies of c after the prefix (malloc'd).
static char *
repeat(const char *prefix, char c, size_t n)
{
    size_t p = strlen(prefix);
    char *s = malloc(p + n + 1);
    memcpy(s, prefix, p);
    memset(s + p, c, n);
    s[p + n] = '\0';
    return s;
}

static void
test_int_decimal_conversions_are_limited_to_4300_digits(void **state)
{
    assert_int_equal(rt_int_max_str_digits, 4300);
    const char *to_str = "Exceeds the limit (4300 digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit";
    PyObject *ten = PyLong_FromLong(10), *one = PyLong_FromLong(1);
    PyObject *e = PyLong_FromLong(4300), *p = PyNumber_Power(ten, e, Py_None); // 4301 digits
    check_error(PyObject_Repr(p), PyExc_ValueError, to_str, "str(10**4300)");
    PyObject *m = PyNumber_Subtract(p, one), *neg = PyNumber_Negative(m); // 4300 digits
    PyObject *s = PyObject_Repr(neg);
    assert_non_null(s);
    assert_int_equal(PyUnicode_GET_LENGTH(s), 4301);
    Py_DECREF(s);
    check_error(rt_int_to_string(p, 10, 0), PyExc_ValueError, to_str, "10**4300 in base 10");
    s = rt_int_to_string(p, 16, 0); // power-of-two bases are never limited
    assert_non_null(s);
    Py_DECREF(s);

    char *digits = repeat("", '1', 4301);
    check_error(PyLong_FromString(digits, NULL, 10), PyExc_ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                "digits; use sys.set_int_max_str_digits() to increase the limit",
                "int('1' * 4301)");
    PyObject *hex = PyLong_FromString(digits, NULL, 16);
    assert_non_null(hex);
    Py_DECREF(hex);
    digits[4300] = '\0';
    PyObject *ok = PyLong_FromString(digits, NULL, 10);
    assert_non_null(ok);
    Py_DECREF(ok);
    free(digits);
    digits = repeat("-", '7', 5000);
    check_error(PyLong_FromString(digits, NULL, 36), PyExc_ValueError,
                "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
                "digits; use sys.set_int_max_str_digits() to increase the limit",
                "int('-' + '7' * 5000, 36)");

    rt_int_max_str_digits = 0; // no limit
    PyObject *big = PyLong_FromString(digits, NULL, 10);
    assert_non_null(big);
    s = PyObject_Repr(big);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), digits);
    rt_int_max_str_digits = 4300;
    Py_DECREF(s);
    Py_DECREF(big);
    free(digits);
    Py_DECREF(ten);
    Py_DECREF(one);
    Py_DECREF(e);
    Py_DECREF(p);
    Py_DECREF(m);
    Py_DECREF(neg);
}

// int(*args, **kwargs) through the type's call; kw is "name" or NULL, with value kwv.
static PyObject *
call_int(PyObject *args, const char *kw, PyObject *kwv)
{
    PyObject *kwargs = NULL;
    if (kw != NULL) {
        kwargs = PyDict_New();
        PyDict_SetItemString(kwargs, kw, kwv);
    }
    PyObject *r = PyObject_Call((PyObject *)&PyLong_Type, args, kwargs);
    Py_XDECREF(kwargs);
    Py_DECREF(args);
    return r;
}

static PyObject *
args1(PyObject *a) // steals a
{
    PyObject *t = PyTuple_Pack(1, a);
    Py_DECREF(a);
    return t;
}

static PyObject *
args2(PyObject *a, PyObject *b) // steals both
{
    PyObject *t = PyTuple_Pack(2, a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return t;
}

static PyObject *
str(const char *s)
{
    return PyUnicode_FromString(s);
}

static void
test_int_new_converts_numbers_and_text(void **state)
{
    check_int(call_int(PyTuple_New(0), NULL, NULL), "0", "int()");
    check_int(call_int(args1(PyFloat_FromDouble(3.9)), NULL, NULL), "3", "int(3.9)");
    check_int(call_int(args1(PyFloat_FromDouble(-3.9)), NULL, NULL), "-3", "int(-3.9)");
    check_int(call_int(args1(PyFloat_FromDouble(1e300)), NULL, NULL), int_1e300, "int(1e300)");
    check_int(call_int(args1(Py_NewRef(Py_True)), NULL, NULL), "1", "int(True)");
    check_int(call_int(args1(str(" -7 ")), NULL, NULL), "-7", "int(' -7 ')");
    check_int(call_int(args1(PyBytes_FromString("12")), NULL, NULL), "12", "int(b'12')");
    check_int(call_int(args2(str("12"), PyLong_FromLong(16)), NULL, NULL), "18", "int('12', 16)");
    PyObject *sixteen = PyLong_FromLong(16);
    check_int(call_int(args1(str("12")), "base", sixteen), "18", "int('12', base=16)");
    check_int(call_int(args2(str("0x1f"), PyLong_FromLong(0)), NULL, NULL), "31", "base 0");
    check_int(call_int(args2(PyBytes_FromString("z"), PyLong_FromLong(36)), NULL, NULL), "35",
              "int(b'z', 36)");
    // PyNumber_Long is int(x).
    PyObject *f = PyFloat_FromDouble(-2.5);
    check_int(PyNumber_Long(f), "-2", "PyNumber_Long(-2.5)");
    Py_DECREF(f);
    Py_DECREF(sixteen);
}

static void
test_int_new_errors_match_cpython(void **state)
{
    PyObject *ten = PyLong_FromLong(10);
    check_error(call_int(args1(PyFloat_FromDouble(NAN)), NULL, NULL), PyExc_ValueError,
                "cannot convert float NaN to integer", "int(nan)");
    check_error(call_int(args1(PyFloat_FromDouble(-INFINITY)), NULL, NULL), PyExc_OverflowError,
                "cannot convert float infinity to integer", "int(-inf)");
    check_error(call_int(args1(PyList_New(0)), NULL, NULL), PyExc_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, "
                "not 'list'",
                "int([])");
    check_error(call_int(args1(Py_NewRef(Py_None)), NULL, NULL), PyExc_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, "
                "not 'NoneType'",
                "int(None)");
    check_error(call_int(args1(str("abc")), NULL, NULL), PyExc_ValueError,
                "invalid literal for int() with base 10: 'abc'", "int('abc')");
    check_error(call_int(args2(PyLong_FromLong(1), PyLong_FromLong(10)), NULL, NULL),
                PyExc_TypeError, "int() can't convert non-string with explicit base", "int(1, 10)");
    check_error(call_int(args1(PyFloat_FromDouble(1.5)), "base", ten), PyExc_TypeError,
                "int() can't convert non-string with explicit base", "int(1.5, base=10)");
    const char *range = "int() base must be >= 2 and <= 36, or 0";
    check_error(call_int(args2(str("1"), PyLong_FromLong(1)), NULL, NULL), PyExc_ValueError, range,
                "int('1', 1)");
    check_error(call_int(args2(str("1"), PyLong_FromLong(37)), NULL, NULL), PyExc_ValueError, range,
                "int('1', 37)");
    check_error(call_int(args2(str("1"), Py_NewRef(Py_True)), NULL, NULL), PyExc_ValueError, range,
                "int('1', True)");
    check_error(call_int(args2(str("1"), PyFloat_FromDouble(2.5)), NULL, NULL), PyExc_TypeError,
                "'float' object cannot be interpreted as an integer", "int('1', 2.5)");
    check_error(call_int(PyTuple_New(0), "base", ten), PyExc_TypeError,
                "int() missing string argument", "int(base=10)");
    PyObject *three = PyTuple_Pack(3, ten, ten, ten);
    check_error(call_int(three, NULL, NULL), PyExc_TypeError,
                "int() takes at most 2 arguments (3 given)", "int(10, 10, 10)");
    check_error(call_int(args2(str("5"), PyLong_FromLong(10)), "base", ten), PyExc_TypeError,
                "int() takes at most 2 arguments (3 given)", "int('5', 10, base=10)");
    check_error(call_int(PyTuple_New(0), "x", ten), PyExc_TypeError,
                "'x' is an invalid keyword argument for int()", "int(x=10)");
    Py_DECREF(ten);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_to_string_in_every_base),
        cmocka_unit_test(test_int_to_string_prefixes_follow_the_sign),
        cmocka_unit_test(test_int_repr_of_huge_values_matches_cpython),
        cmocka_unit_test(test_int_from_string_follows_python_literal_rules),
        cmocka_unit_test(test_int_from_unicode_accepts_decimal_digits_and_spaces),
        cmocka_unit_test(test_int_from_bytes_reports_the_bytes_repr),
        cmocka_unit_test(test_int_decimal_conversions_are_limited_to_4300_digits),
        cmocka_unit_test(test_int_new_converts_numbers_and_text),
        cmocka_unit_test(test_int_new_errors_match_cpython),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
