// test_int_bytes.c: runtime/objects/int_bytes.c: ints to and from byte arrays in both orders,
// signed and unsigned, for words and GMP values. Expected bytes and values were printed by
// CPython 3.11 (int.to_bytes / int.from_bytes).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tests/unit/testing.h"

// The int written by the decimal text s.
static PyObject *
int_of(const char *s)
{
    PyObject *v = PyLong_FromString(s, NULL, 10);
    assert_non_null(v);
    return v;
}

// The n bytes at b as lower-case hex, in buf (2n + 1 bytes).
static const char *
hex_of(const unsigned char *b, size_t n, char *buf)
{
    for (size_t i = 0; i < n; i++)
        snprintf(buf + 2 * i, 3, "%02x", b[i]);
    buf[2 * n] = '\0';
    return buf;
}

static const struct {
    const char *value;
    size_t n;
    int little, is_signed;
    const char *hex;
} to_cases[] = {
    {"1024", 2, 0, 0, "0400"},
    {"-2", 3, 1, 1, "feffff"},
    {"18446744073709551621", 9, 0, 0, "010000000000000005"},
    {"-1180591620717411303424", 10, 1, 1, "0000000000000000c0ff"},
    {"-129", 2, 0, 1, "ff7f"},
    {"0", 0, 0, 1, ""},
    {"-1", 0, 0, 1, ""}, // CPython's quirk: -1 fits in no bytes when signed
    {"-9223372036854775808", 8, 0, 1, "8000000000000000"},
};

static void
test_int_as_byte_array_writes_twos_complement(void **state)
{
    for (size_t i = 0; i < sizeof to_cases / sizeof to_cases[0]; i++) {
        PyObject *v = int_of(to_cases[i].value);
        unsigned char out[16];
        char hex[40];
        assert_int_equal(
            rt_int_as_byte_array(v, out, to_cases[i].n, to_cases[i].little, to_cases[i].is_signed),
            0);
        assert_string_equal(hex_of(out, to_cases[i].n, hex), to_cases[i].hex);
        Py_DECREF(v);
    }
}

static void
test_int_as_byte_array_refuses_what_does_not_fit(void **state)
{
    static const struct {
        const char *value;
        size_t n;
        int is_signed;
        const char *msg;
    } cases[] = {
        {"256", 1, 0, "int too big to convert"},
        {"128", 1, 1, "int too big to convert"},
        {"-129", 1, 1, "int too big to convert"},
        {"-2", 0, 1, "int too big to convert"},
        {"-1", 4, 0, "can't convert negative int to unsigned"},
        {"18446744073709551616", 8, 0, "int too big to convert"},
        {"-9223372036854775809", 8, 1, "int too big to convert"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *v = int_of(cases[i].value);
        unsigned char out[16];
        assert_int_equal(rt_int_as_byte_array(v, out, cases[i].n, 0, cases[i].is_signed), -1);
        assert_raised(PyExc_OverflowError, cases[i].msg);
        Py_DECREF(v);
    }
}

static void
test_int_from_byte_array_reads_both_orders_and_signs(void **state)
{
    static const struct {
        const char *bytes;
        size_t n;
        int little, is_signed;
        const char *repr;
    } cases[] = {
        {"\xff\xfe", 2, 0, 1, "-2"},
        {"\xff\xfe", 2, 0, 0, "65534"},
        {"\x01\x01\x01\x01\x01\x01\x01\x01\x01", 9, 1, 0, "18519084246547628289"},
        {"\x80\x00\x00\x00\x00\x00\x00\x00\x00", 9, 0, 1, "-2361183241434822606848"},
        {"\xff\xff\xff\xff\xff\xff\xff\xff", 8, 0, 0, "18446744073709551615"},
        {"\x7f\xff\xff\xff\xff\xff\xff\xff", 8, 0, 1, "9223372036854775807"},
        {"\x00\x00\x00\x00\x00\x00\x00\x80", 8, 1, 1, "-9223372036854775808"},
        {"", 0, 0, 1, "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *v = rt_int_from_byte_array((const unsigned char *)cases[i].bytes, cases[i].n,
                                             cases[i].little, cases[i].is_signed);
        assert_repr(v, cases[i].repr);
        Py_DECREF(v);
    }
}

// Every value that fits round-trips through the bytes, for lengths around the word size.
static void
test_int_byte_arrays_round_trip(void **state)
{
    static const char *values[] = {"0",
                                   "1",
                                   "-1",
                                   "127",
                                   "-128",
                                   "255",
                                   "-32769",
                                   "9223372036854775807",
                                   "-9223372036854775808",
                                   "18446744073709551615",
                                   "-18446744073709551616",
                                   "340282366920938463463374607431768211455"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        PyObject *v = int_of(values[i]);
        for (size_t n = 1; n <= 20; n++) { // zero bytes read back as 0, even for -1
            for (int flags = 0; flags < 4; flags++) {
                int little = flags & 1, is_signed = flags >> 1;
                unsigned char buf[20];
                if (rt_int_as_byte_array(v, buf, n, little, is_signed) < 0) {
                    PyErr_Clear();
                    continue;
                }
                PyObject *back = rt_int_from_byte_array(buf, n, little, is_signed);
                assert_non_null(back);
                assert_int_equal(rt_int_compare(back, v), 0);
                Py_DECREF(back);
            }
        }
        Py_DECREF(v);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_as_byte_array_writes_twos_complement),
        cmocka_unit_test(test_int_as_byte_array_refuses_what_does_not_fit),
        cmocka_unit_test(test_int_from_byte_array_reads_both_orders_and_signs),
        cmocka_unit_test(test_int_byte_arrays_round_trip),
    };
    return cmocka_run_group_tests(tests, rt_test_setup, rt_test_teardown);
}
