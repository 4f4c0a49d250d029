// time.c: the time module: the clocks (time, monotonic, perf_counter, process_time,
// thread_time and their _ns forms), sleep, and the calendar functions over the C library
// (gmtime, localtime, mktime, asctime, ctime, strftime) with struct_time.
// sleep releases the GIL and lets signal handlers run when a signal interrupts it.
#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include "runtime/runtime.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/structseq.h"
#include "modules/modules.h"

// ---- clocks -----------------------------------------------------------------------------------

// Nanoseconds of clock `id`; 0, or -1 with OSError.
static int
clock_ns(clockid_t id, int64_t *out)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    *out = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return 0;
}

// Seconds as a float exactly as CPython's _PyTime_AsSecondsDouble rounds them.
static PyObject *
seconds_of(int64_t ns)
{
    if (ns % 1000000000 == 0)
        return PyFloat_FromDouble((double)(ns / 1000000000));
    return PyFloat_FromDouble((double)ns / 1e9);
}

static PyObject *
clock_float(clockid_t id)
{
    int64_t ns;
    return clock_ns(id, &ns) < 0 ? NULL : seconds_of(ns);
}

static PyObject *
clock_int(clockid_t id)
{
    int64_t ns;
    return clock_ns(id, &ns) < 0 ? NULL : PyLong_FromLongLong(ns);
}

#define CLOCK_FUNCS(name, id)                                                                  \
    static PyObject *time_##name(PyObject *module, PyObject *unused)                           \
    {                                                                                          \
        return clock_float(id);                                                                \
    }                                                                                          \
    static PyObject *time_##name##_ns(PyObject *module, PyObject *unused)                      \
    {                                                                                          \
        return clock_int(id);                                                                  \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

// ---- sleep ------------------------------------------------------------------------------------

// A duration in seconds (float or integer) as a double: 0, or -1 with CPython's errors.
static int
seconds_arg(PyObject *o, double *out)
{
    if (PyFloat_Check(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        if (isnan(*out)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    PyObject *i = PyNumber_Index(o);
    if (i == NULL)
        return -1;
    *out = PyLong_AsDouble(i);
    Py_DECREF(i);
    return *out == -1.0 && PyErr_Occurred() ? -1 : 0;
}

static PyObject *
time_sleep(PyObject *module, PyObject *arg)
{
    double secs;
    if (seconds_arg(arg, &secs) < 0)
        return NULL;
    if (secs < 0) {
        PyErr_SetString(PyExc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    if (secs > 9.2e9) {
        PyErr_SetString(PyExc_OverflowError, "sleep length is too large");
        return NULL;
    }
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    // Other threads run meanwhile. A signal interrupts the sleep: its Python handler runs
    // (and may raise), then the rest of the interval is slept (PEP 475).
    for (;;) {
        int r, err;
        Py_BEGIN_ALLOW_THREADS
        r = nanosleep(&req, &req);
        err = errno;
        Py_END_ALLOW_THREADS
        if (r == 0)
            break;
        if (err != EINTR) {
            errno = err;
            return PyErr_SetFromErrno(PyExc_OSError);
        }
        if (PyErr_CheckSignals() < 0)
            return NULL;
    }
    Py_RETURN_NONE;
}

// ---- struct_time ------------------------------------------------------------------------------

static PyStructSequence_Field struct_time_fields[] = {
    {"tm_year", "year, for example, 1993"},
    {"tm_mon", "month of year, range [1, 12]"},
    {"tm_mday", "day of month, range [1, 31]"},
    {"tm_hour", "hours, range [0, 23]"},
    {"tm_min", "minutes, range [0, 59]"},
    {"tm_sec", "seconds, range [0, 61])"},
    {"tm_wday", "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", "day of year, range [1, 366]"},
    {"tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", "abbreviation of timezone name"},
    {"tm_gmtoff", "offset from UTC in seconds"},
    {NULL, NULL},
};

static PyStructSequence_Desc struct_time_desc = {
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime()",
    struct_time_fields,
    9,
};

static PyTypeObject StructTimeType;

static PyObject *
tm_to_struct_time(const struct tm *tm)
{
    PyObject *v = PyStructSequence_New(&StructTimeType);
    if (v == NULL)
        return NULL;
    const long fields[9] = {
        tm->tm_year + 1900L, tm->tm_mon + 1L,           tm->tm_mday,
        tm->tm_hour,         tm->tm_min,                tm->tm_sec,
        (tm->tm_wday + 6L) % 7, tm->tm_yday + 1L,       tm->tm_isdst,
    };
    for (int i = 0; i < 9; i++)
        PyStructSequence_SetItem(v, i, PyLong_FromLong(fields[i]));
    PyStructSequence_SetItem(v, 9, tm->tm_zone ? PyUnicode_FromString(tm->tm_zone)
                                               : Py_NewRef(Py_None));
    PyStructSequence_SetItem(v, 10, PyLong_FromLong(tm->tm_gmtoff));
    for (int i = 0; i < 11; i++) {
        if (PyStructSequence_GetItem(v, i) == NULL) {
            Py_DECREF(v);
            return NULL;
        }
    }
    return v;
}

// A time_t from seconds (None or absent: now), rounded toward minus infinity.
static int
time_t_arg(PyObject *o, time_t *out)
{
    if (o == NULL || o == Py_None) {
        *out = time(NULL);
        return 0;
    }
    double secs;
    if (seconds_arg(o, &secs) < 0)
        return -1;
    secs = floor(secs);
    if (!(secs >= -9.2e18 && secs <= 9.2e18)) {
        PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)secs;
    return 0;
}

static PyObject *
convert_time(PyObject *const *args, Py_ssize_t nargs, const char *name, int local)
{
    if (nargs > 1)
        return PyErr_Format(PyExc_TypeError, "%s expected at most 1 argument, got %zd", name,
                            nargs);
    time_t t;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm tm;
    if ((local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)) == NULL) {
        if (errno == 0)
            errno = EINVAL;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    return tm_to_struct_time(&tm);
}

static PyObject *
time_gmtime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return convert_time(args, nargs, "gmtime", 0);
}

static PyObject *
time_localtime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return convert_time(args, nargs, "localtime", 1);
}

// A struct tm from a 9-item time tuple (CPython's gettmarg), with range checks.
static int
tuple_to_tm(PyObject *t, struct tm *tm, const char *func)
{
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 9) {
        PyErr_Format(PyExc_TypeError, "%s(): illegal time tuple argument", func);
        return -1;
    }
    long v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = PyLong_AsLong(PyTuple_GET_ITEM(t, i));
        if (v[i] == -1 && PyErr_Occurred())
            return -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

// CPython's checktm: the fields asctime and strftime rely on must be in range.
static int
check_tm(struct tm *tm)
{
    const char *msg = NULL;
    if (tm->tm_mon < 0 || tm->tm_mon > 11)
        msg = "month out of range";
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        msg = "day of month out of range";
    else if (tm->tm_hour < 0 || tm->tm_hour > 23)
        msg = "hour out of range";
    else if (tm->tm_min < 0 || tm->tm_min > 59)
        msg = "minute out of range";
    else if (tm->tm_sec < 0 || tm->tm_sec > 61)
        msg = "seconds out of range";
    else if (tm->tm_wday < 0)
        msg = "day of week out of range";
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        msg = "day of year out of range";
    if (msg != NULL) {
        PyErr_SetString(PyExc_ValueError, msg);
        return -1;
    }
    return 0;
}

// The struct tm of an optional time tuple argument (absent: the local time now).
static int
tm_arg(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t pos, const char *func,
       struct tm *tm)
{
    if (nargs <= pos) {
        time_t now = time(NULL);
        localtime_r(&now, tm);
        return 0;
    }
    if (tuple_to_tm(args[pos], tm, func) < 0)
        return -1;
    return check_tm(tm);
}

static PyObject *
format_asctime(const struct tm *tm)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return PyUnicode_FromFormat("%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday],
                                mon[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min,
                                tm->tm_sec, 1900 + tm->tm_year);
}

static PyObject *
time_asctime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    struct tm tm;
    if (nargs > 1)
        return PyErr_Format(PyExc_TypeError, "asctime expected at most 1 argument, got %zd",
                            nargs);
    if (tm_arg(args, nargs, 0, "asctime", &tm) < 0)
        return NULL;
    return format_asctime(&tm);
}

static PyObject *
time_ctime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs > 1)
        return PyErr_Format(PyExc_TypeError, "ctime expected at most 1 argument, got %zd",
                            nargs);
    time_t t;
    struct tm tm;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return PyErr_SetFromErrno(PyExc_OSError);
    return format_asctime(&tm);
}

static PyObject *
time_mktime(PyObject *module, PyObject *arg)
{
    struct tm tm;
    if (tuple_to_tm(arg, &tm, "mktime") < 0)
        return NULL;
    tm.tm_wday = -1; // mktime leaves it alone on failure, which tells the cases apart
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        PyErr_SetString(PyExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return PyFloat_FromDouble((double)t);
}

static PyObject *
time_strftime(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2)
        return PyErr_Format(PyExc_TypeError, "strftime expected %s, got %zd",
                            nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    if (!PyUnicode_Check(args[0]))
        return PyErr_Format(PyExc_TypeError, "strftime() argument 1 must be str, not %.50s",
                            rt_type_name(Py_TYPE(args[0])));
    struct tm tm;
    if (tm_arg(args, nargs, 1, "strftime", &tm) < 0)
        return NULL;
    const char *fmt = PyUnicode_AsUTF8(args[0]);
    if (fmt == NULL)
        return NULL;
    if (fmt[0] == '\0')
        return PyUnicode_FromString("");
    // strftime gives 0 both for "too small" and for an empty result: grow up to a bound.
    for (size_t size = 256; size <= 256 * strlen(fmt) + 256; size *= 2) {
        char *buf = PyMem_Malloc(size);
        if (buf == NULL)
            return PyErr_NoMemory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size > 4096) {
            PyObject *r = PyUnicode_DecodeUTF8(buf, (Py_ssize_t)n, "surrogateescape");
            PyMem_Free(buf);
            return r;
        }
        PyMem_Free(buf);
    }
    return PyUnicode_FromString("");
}

// ---- the module -------------------------------------------------------------------------------

#define T_NOARGS(name, doc) {#name, (PyCFunction)time_##name, METH_NOARGS, doc}

static PyMethodDef time_methods[] = {
    T_NOARGS(time, "time() -> floating point number\n\nReturn the current time in seconds since "
                   "the Epoch."),
    T_NOARGS(time_ns, "time_ns() -> int\n\nReturn the current time in nanoseconds since the "
                      "Epoch."),
    T_NOARGS(monotonic, "monotonic() -> float\n\nMonotonic clock, cannot go backward."),
    T_NOARGS(monotonic_ns, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as "
                           "nanoseconds."),
    T_NOARGS(perf_counter, "perf_counter() -> float\n\nPerformance counter for benchmarking."),
    T_NOARGS(perf_counter_ns, "perf_counter_ns() -> int\n\nPerformance counter for "
                              "benchmarking as nanoseconds."),
    T_NOARGS(process_time, "process_time() -> float\n\nProcess time for profiling: sum of the "
                           "kernel and user-space CPU time."),
    T_NOARGS(process_time_ns, "process_time() -> int\n\nProcess time for profiling as "
                              "nanoseconds."),
    T_NOARGS(thread_time, "thread_time() -> float\n\nThread time for profiling."),
    T_NOARGS(thread_time_ns, "thread_time() -> int\n\nThread time for profiling as "
                             "nanoseconds."),
    {"sleep", (PyCFunction)time_sleep, METH_O,
     "sleep(seconds)\n\nDelay execution for a given number of seconds."},
    {"gmtime", (PyCFunction)(void (*)(void))time_gmtime, METH_FASTCALL,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)"},
    {"localtime", (PyCFunction)(void (*)(void))time_localtime, METH_FASTCALL,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)"},
    {"asctime", (PyCFunction)(void (*)(void))time_asctime, METH_FASTCALL,
     "asctime([tuple]) -> string"},
    {"ctime", (PyCFunction)(void (*)(void))time_ctime, METH_FASTCALL,
     "ctime(seconds) -> string"},
    {"mktime", (PyCFunction)time_mktime, METH_O, "mktime(tuple) -> floating point number"},
    {"strftime", (PyCFunction)(void (*)(void))time_strftime, METH_FASTCALL,
     "strftime(format[, tuple]) -> string"},
    {NULL, NULL, 0, NULL},
};

// The zone's offset west of UTC and its name at time t.
static void
zone_at(time_t t, long *west, char *name, size_t size)
{
    struct tm tm;
    localtime_r(&t, &tm);
    *west = -tm.tm_gmtoff;
    snprintf(name, size, "%s", tm.tm_zone ? tm.tm_zone : "");
}

// timezone, altzone, daylight and tzname from the local zone in January and July of this
// year, as CPython derives them (southern zones have their summer in January).
static int
add_zone_constants(PyObject *m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    long jan, jul;
    char janname[16], julname[16];
    tzset();
    zone_at(t, &jan, janname, sizeof janname);
    zone_at(t + year / 2, &jul, julname, sizeof julname);
    int southern = jan < jul;
    PyObject *first = PyUnicode_DecodeUTF8(southern ? julname : janname,
                                           (Py_ssize_t)strlen(southern ? julname : janname),
                                           "surrogateescape");
    PyObject *second = PyUnicode_DecodeUTF8(southern ? janname : julname,
                                            (Py_ssize_t)strlen(southern ? janname : julname),
                                            "surrogateescape");
    PyObject *names = first && second ? PyTuple_Pack(2, first, second) : NULL;
    Py_XDECREF(first);
    Py_XDECREF(second);
    if (PyModule_AddIntConstant(m, "timezone", southern ? jul : jan) < 0 ||
        PyModule_AddIntConstant(m, "altzone", southern ? jan : jul) < 0 ||
        PyModule_AddIntConstant(m, "daylight", jan != jul) < 0 ||
        PyModule_AddObjectRef(m, "tzname", names) < 0) {
        Py_XDECREF(names);
        return -1;
    }
    Py_DECREF(names);
    return 0;
}

PyObject *
PyInit_time(void)
{
    if (!PyType_HasFeature(&StructTimeType, Py_TPFLAGS_READY)) {
        StructTimeType.tp_new = rt_structseq_new;
        if (PyStructSequence_InitType2(&StructTimeType, &struct_time_desc) < 0)
            return NULL;
    }
    PyObject *m = rt_module_create("time", time_methods,
                                   "This module provides various functions to manipulate time "
                                   "values.");
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "struct_time", (PyObject *)&StructTimeType) < 0 ||
        add_zone_constants(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
