// main.c: the `krait` command: `krait [options] [-c cmd | -m module | file | -] [args]`
// with CPython's exit statuses (0, 1 for an uncaught exception, 2 for usage errors,
// sys.exit's code), --dis, and the JIT options (accepted; they run the interpreter until the
// JIT tier exists). This file also holds the table of built-in modules.
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "frontend/ast.h"
#include "frontend/compile.h"
#include "modules/modules.h"
#include "runtime/objects/code.h"
#include "runtime/objects/moduleobject.h"
#include "vm/builtins.h"
#include "vm/dis.h"
#include "vm/specialize.h"
#include "vm/jit_loader.h"
#include "vm/vm.h"

// The built-in modules besides sys and builtins (one table, the import system's).
static const VmBuiltinModule builtin_modules[] = {
    {"_signal", PyInit__signal},
    {"_thread", PyInit__thread},
    {"_weakref", PyInit__weakref},
    {"atexit", PyInit_atexit},
    {"gc", PyInit_gc},
    {"math", PyInit_math},
    {"time", PyInit_time},
    {NULL, NULL},
};

static const char usage_line[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "--dis  : print the disassembly of the program's code objects and exit\n"
    "--dis-adaptive : run the program, then print its specialized code objects' disassembly\n"
    "--stats, -X stats : at exit, print specialization statistics and the hottest code\n"
    "--jit   : compile hot code to native code (LLVM); --jit-threshold=N calls and loop\n"
    "          iterations first (env KRAIT_JIT_THRESHOLD, 0: at once), --jit-sync,\n"
    "          --dump-ir, --dump-asm (stderr), --jit-stats (stderr, at exit),\n"
    "          -X perf (/tmp/perf-<pid>.map), -X jit-gdb (GDB's JIT interface)\n"
    "-B, -E, -I, -s, -S, -u, -O, -OO, -q : accepted for compatibility with python3\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct {
    const char *command; // -c
    const char *module;  // -m
    const char *file;    // script path, "-" for stdin, or NULL when none was given
    int script_index;    // argv index where sys.argv starts
    int dis;
    int gc_stress; // -X gc-stress
    int show_refcount; // -X showrefcount
    int ignore_env;                 // -E or -I: PYTHON* variables are not read
    const char *int_digits_xoption; // after "-X int_max_str_digits": "=N", "", or NULL
} Options;

// The program name for messages: "krait" however it was invoked.
static const char *
prog_name(const char *argv0)
{
    const char *slash = strrchr(argv0, '/');
    return slash != NULL ? slash + 1 : argv0;
}

static int
usage_error(const char *prog, const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `python -h' for more information.\n");
    return 2;
}

// Parse the command line into *o: -1 to continue, else the exit status (help, version,
// usage errors).
static int
parse_options(int argc, char **argv, Options *o)
{
    int i = 1, jit;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc)
                return usage_error(prog_name(argv[0]), "Argument expected for the %s option\n", a);
            *(a[1] == 'c' ? &o->command : &o->module) = argv[i + 1];
            o->script_index = i + 1;
            return -1;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0 || strcmp(a, "--help") == 0) {
            printf(usage_line, prog_name(argv[0]));
            fputs(help_text, stdout);
            return 0;
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("Python 3.11.7 (krait 0.1)\n");
            return 0;
        }
        if (strcmp(a, "--jit-available") == 0) // for tools: is the JIT tier built and loadable?
            return vm_jit_available() ? 0 : 1;
        if (strcmp(a, "--dis") == 0)
            o->dis = 1;
        else if (strcmp(a, "--dis-adaptive") == 0)
            vm_spec_report_dis = 1;
        else if (strcmp(a, "--stats") == 0)
            vm_spec_stats_enabled = 1;
        else if (strcmp(a, "-X") == 0 && i + 1 < argc && strcmp(argv[i + 1], "stats") == 0)
            vm_spec_stats_enabled = 1, i++;
        else if ((jit = vm_jit_parse_option(a)) != 0) {
            if (jit < 0)
                return usage_error(prog_name(argv[0]), "Bad JIT option: %s\n", a);
        }
        else if (strcmp(a, "-X") == 0 && i + 1 < argc && vm_jit_parse_xoption(argv[i + 1]))
            i++;
        else if (strcmp(a, "-X") == 0 && i + 1 < argc && strcmp(argv[i + 1], "gc-stress") == 0)
            o->gc_stress = 1, i++;
        else if (strcmp(a, "-X") == 0 && i + 1 < argc && strcmp(argv[i + 1], "showrefcount") == 0)
            o->show_refcount = 1, i++;
        else if (strcmp(a, "-X") == 0 && i + 1 < argc &&
                 strncmp(argv[i + 1], "int_max_str_digits", 18) == 0 &&
                 (argv[i + 1][18] == '\0' || argv[i + 1][18] == '='))
            o->int_digits_xoption = argv[++i] + 18;
        else if (strcmp(a, "-X") == 0 || strcmp(a, "-W") == 0)
            i++; // an option with an argument that Krait ignores
        else if (strspn(a + 1, "BEIsSuOq") != strlen(a + 1))
            return usage_error(prog_name(argv[0]), "Unknown option: %s\n", a);
        else if (strpbrk(a + 1, "EI") != NULL)
            o->ignore_env = 1;
    }
    o->file = i < argc ? argv[i] : NULL; // NULL: stdin without a "-" in sys.argv
    o->script_index = i;
    return -1;
}

// ---- exit statuses ----------------------------------------------------------------------------

// The status for an uncaught SystemExit (CPython's handle_system_exit): its code if an int,
// 0 for None, else the code is printed to stderr and the status is 1.
static int
system_exit_status(PyObject *exc)
{
    PyObject *code = ((PySystemExitObject *)exc)->code;
    if (code == NULL || code == Py_None)
        return 0;
    if (PyLong_Check(code)) {
        long v = PyLong_AsLong(code);
        if (v == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            v = -1;
        }
        return (int)v;
    }
    PyObject *err = vm_sys_get("stderr");
    PyObject *text = PyObject_Str(code);
    if (text != NULL && err != NULL && err != Py_None && vm_file_write_string(err, text) == 0) {
        PyObject *nl = PyUnicode_FromString("\n");
        if (nl == NULL || vm_file_write_string(err, nl) < 0)
            PyErr_Clear();
        Py_XDECREF(nl);
    } else {
        PyErr_Clear();
        if (text != NULL)
            fprintf(stderr, "%s\n", PyUnicode_AsUTF8(text));
    }
    Py_XDECREF(text);
    return 1;
}

// Report the pending exception as the top level does and return the exit status.
static int
handle_uncaught(void)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL)
        return 1;
    vm_sys_flush_std();
    int status;
    if (PyErr_GivenExceptionMatches(exc, PyExc_SystemExit)) {
        status = system_exit_status(exc);
    } else {
        vm_print_exception(exc);
        status = 1;
        if (PyErr_GivenExceptionMatches(exc, PyExc_KeyboardInterrupt))
            status = -SIGINT;
    }
    Py_DECREF(exc);
    PyErr_Clear();
    return status;
}

// ---- running ----------------------------------------------------------------------------------

// The whole of stdin, NUL-terminated; NULL on a read error.
static char *
read_stdin(Py_ssize_t *len)
{
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap);
    while (buf != NULL && (got = fread(buf + n, 1, cap - n - 1, stdin)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (nb == NULL)
                free(buf);
            buf = nb;
        }
    }
    if (buf != NULL)
        buf[n] = '\0';
    *len = (Py_ssize_t)n;
    return buf;
}

// The script's path as CPython 3.11 gives it to __file__ and tracebacks: a relative path
// joined to the current directory, not normalized ("/cwd/./x.py"). malloc'd, or NULL.
static char *
absolute_path(const char *path)
{
    char cwd[PATH_MAX];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL)
        return strdup(path);
    size_t n = strlen(cwd);
    const char *sep = n > 0 && cwd[n - 1] == '/' ? "" : "/";
    size_t size = n + strlen(sep) + strlen(path) + 1;
    char *r = malloc(size);
    if (r != NULL)
        snprintf(r, size, "%s%s%s", cwd, sep, path);
    return r;
}

// CPython's "can't open file" message, with the path made absolute as CPython shows it.
static int
cannot_open(const char *prog, const char *path, int err)
{
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd) != NULL)
        fprintf(stderr, "%s: can't open file '%s/%s': [Errno %d] %s\n", prog, cwd, path, err,
                strerror(err));
    else
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, path, err,
                strerror(err));
    return 2;
}

// --dis: compile the file and print the disassembly of every code object.
static int
disassemble_file(const char *prog, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return cannot_open(prog, path, errno);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *src = malloc((size_t)n + 1);
    size_t got = src ? fread(src, 1, (size_t)n, f) : 0;
    fclose(f);
    if (src == NULL)
        return 1;
    src[got] = '\0';
    PyCodeObject *co = fe_compile_source(src, (Py_ssize_t)got, path, MOD_MODULE);
    free(src);
    if (co == NULL)
        return handle_uncaught();
    int r = vm_dis_print(co, stdout);
    Py_DECREF(co);
    if (r < 0)
        return handle_uncaught();
    return 0;
}

// ---- the interactive prompt -------------------------------------------------------------------

// Does the SyntaxError pending for `src` only mean that more lines are to come?
static int
input_incomplete(const char *src)
{
    PyObject *exc = PyErr_GetRaisedException();
    int more = 0;
    if (PyErr_GivenExceptionMatches(exc, PyExc_SyntaxError)) {
        PyObject *s = PyObject_Str(exc);
        const char *msg = s ? PyUnicode_AsUTF8(s) : "";
        size_t n = strlen(src);
        more = strstr(msg, "was never closed") != NULL || strstr(msg, "unexpected EOF") != NULL ||
               strstr(msg, "expected an indented block") != NULL ||
               strstr(msg, "unterminated triple-quoted") != NULL ||
               (n >= 2 && src[n - 2] == ':');
        Py_XDECREF(s);
    }
    PyErr_SetRaisedException(exc);
    if (more)
        PyErr_Clear();
    return more;
}

// Read statements from the terminal and run them in __main__ ('single' mode shows values)
// until end of input.
static int
interactive(void)
{
    PyObject *m = vm_import_run_source("", 0, "<stdin>", "__main__");
    if (m == NULL)
        return handle_uncaught();
    PyObject *d = PyModule_GetDict(m);
    printf("Python 3.11.7 (krait 0.1) on linux\nType \"help\", \"copyright\", \"credits\" or "
           "\"license\" for more information.\n");
    char *buf = NULL, line[4096];
    size_t len = 0;
    for (;;) {
        fputs(len == 0 ? ">>> " : "... ", stdout);
        fflush(stdout);
        if (fgets(line, sizeof line, stdin) == NULL)
            break;
        size_t n = strlen(line);
        char *nb = realloc(buf, len + n + 1);
        if (nb == NULL)
            break;
        buf = nb;
        memcpy(buf + len, line, n + 1);
        len += n;
        int blank = strspn(line, " \t\r\n") == n;
        // A compound statement (its first line ends with ':') runs at the blank line after it.
        size_t first = strcspn(buf, "\n");
        while (first > 0 && (buf[first - 1] == ' ' || buf[first - 1] == '\t' || buf[first - 1] == '\r'))
            first--;
        if (!blank && first > 0 && buf[first - 1] == ':')
            continue;
        // The block's closing blank line is not part of the statement.
        size_t code_len = len;
        while (code_len > 1 && strchr(" \t\r\n", buf[code_len - 2]) && buf[code_len - 1] == '\n')
            code_len--;
        PyCodeObject *co = fe_compile_source(buf, (Py_ssize_t)code_len, "<stdin>", MOD_INTERACTIVE);
        if (co == NULL && !blank && input_incomplete(buf))
            continue;
        if (co == NULL && blank && len == n) { // an empty line at the prompt
            PyErr_Clear();
            len = 0;
            continue;
        }
        PyObject *r = co ? vm_eval_code(co, d, d) : NULL;
        Py_XDECREF(co);
        Py_XDECREF(r);
        if (r == NULL) {
            PyObject *exc = PyErr_GetRaisedException();
            if (PyErr_GivenExceptionMatches(exc, PyExc_SystemExit)) {
                int status = system_exit_status(exc);
                Py_DECREF(exc);
                free(buf);
                Py_DECREF(m);
                return status;
            }
            vm_sys_flush_std();
            vm_print_exception(exc);
            Py_DECREF(exc);
        }
        vm_sys_flush_std();
        len = 0;
    }
    putchar('\n');
    free(buf);
    Py_DECREF(m);
    return 0;
}

static int
run(const char *prog, const Options *o)
{
    PyObject *m = NULL;
    if (o->command != NULL) {
        m = vm_import_run_source(o->command, (Py_ssize_t)strlen(o->command), "<string>",
                                 "__main__");
    } else if (o->module != NULL) {
        // A top-level module's file runs as __main__, with its path as sys.argv[0].
        PyObject *file = vm_import_find_source(o->module);
        if (file == NULL) {
            if (PyErr_Occurred())
                return handle_uncaught();
            fprintf(stderr, "%s: No module named %s\n", prog, o->module);
            return 1;
        }
        PyObject *argv = vm_sys_get("argv");
        if (argv != NULL && PyList_Check(argv) && PyList_GET_SIZE(argv) > 0)
            PyList_SetItem(argv, 0, Py_NewRef(file));
        m = vm_import_run_main(PyUnicode_AsUTF8(file), "__main__");
        Py_DECREF(file);
    } else if (o->file == NULL && isatty(fileno(stdin))) {
        return interactive();
    } else if (o->file == NULL || strcmp(o->file, "-") == 0) {
        Py_ssize_t n;
        char *src = read_stdin(&n);
        if (src == NULL)
            return 1;
        m = vm_import_run_source(src, n, "<stdin>", "__main__");
        free(src);
    } else {
        FILE *f = fopen(o->file, "rb");
        if (f == NULL)
            return cannot_open(prog, o->file, errno);
        fclose(f);
        char *path = absolute_path(o->file);
        if (path == NULL) {
            PyErr_NoMemory();
            return handle_uncaught();
        }
        m = vm_import_run_main(path, "__main__");
        free(path);
    }
    if (m == NULL)
        return handle_uncaught();
    Py_DECREF(m);
    return 0;
}

// sys.path[0], as CPython 3.11 sets it: the directory of the script with symbolic links
// resolved, the current directory for -m, "" for -c and stdin.
static char *
script_dir(const Options *o)
{
    char cwd[PATH_MAX];
    if (o->module != NULL)
        return strdup(getcwd(cwd, sizeof cwd) != NULL ? cwd : "");
    if (o->command != NULL || o->file == NULL || strcmp(o->file, "-") == 0)
        return strdup("");
    char *path = realpath(o->file, NULL);
    if (path == NULL) // the file cannot be opened: run() reports it
        path = absolute_path(o->file);
    if (path == NULL)
        return NULL;
    char *slash = strrchr(path, '/');
    if (slash != NULL)
        slash[slash == path ? 1 : 0] = '\0';
    return path;
}

static int
start(int argc, char **argv, const Options *o)
{
    if (vm_sys_init_int_max_str_digits(o->int_digits_xoption, !o->ignore_env) < 0)
        return 1;
    if (rt_runtime_init() < 0 || vm_init() < 0)
        return 1;
    if (o->gc_stress)
        rt_gc_set_stress(1);
    if (vm_jit_start() < 0)
        return 1;
    vm_import_set_builtin_modules(builtin_modules);
    char *dir = script_dir(o);
    // sys.argv: "-c" then the rest for a command, "-m" for a module, [""] without a script.
    char *empty = "", *first = o->command ? "-c" : o->module ? "-m" : NULL;
    char **args = argv + o->script_index;
    int count = argc - o->script_index;
    char *saved = count > 0 ? args[0] : NULL;
    if (count == 0) {
        args = &empty;
        count = 1;
    } else if (first != NULL) {
        args[0] = first;
    }
    int r = vm_sys_set_argv(count, args, dir);
    if (saved != NULL)
        argv[o->script_index] = saved;
    free(dir);
    if (r < 0)
        return handle_uncaught();
    // CPython has these loaded before the program starts.
    PyObject *pre[5] = {vm_import("builtins"), vm_import("sys"), vm_import("math"),
                        vm_import("time"), vm_import("_signal")};
    for (int i = 0; i < 5; i++) {
        if (pre[i] == NULL)
            return handle_uncaught();
        Py_DECREF(pre[i]);
    }
    return -1;
}

int
main(int argc, char **argv)
{
    Options o = {NULL, NULL, NULL, 0, 0, 0, 0, 0, NULL};
    const char *prog = prog_name(argv[0]);
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    status = start(argc, argv, &o);
    if (status < 0)
        status = o.dis && o.file != NULL && strcmp(o.file, "-") != 0
                     ? disassemble_file(prog, o.file)
                     : run(prog, &o);
    mod_threading_shutdown();
    mod_atexit_call(); // CPython runs these after the uncaught exception is printed
    vm_sys_flush_std();
    fflush(stdout);
    vm_spec_report(stderr, stdout); // after the program's own output
    fflush(stdout);
    vm_jit_stop();
    vm_builtins_fini();
    mod_signal_fini(); // no Python code runs after this
    vm_fini();
    rt_runtime_fini();
    if (o.show_refcount) // what finalization left behind, as in CPython's debug builds
        vm_sys_show_refcount();
    rt_gc_fini(); // last: a leak checker now sees only real references
    if (status == -SIGINT) { // die of SIGINT as CPython does after KeyboardInterrupt
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;
    }
    return status & 0xff;
}
