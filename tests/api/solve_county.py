#!/usr/bin/env python3
"""Solve one county through libbosett from Python (ctypes), as a binding
would, and read the result back: the example of issue 23 (an API a binding
can use). Nothing here is bosett-specific C glue: the library's public
calls, its statuses, a writer to memory and one to a Python callback.

    python3 solve_county.py LIBBOSETT.so DATA_DIR [COUNTY]

Exit 0 with a summary on standard output; 1 (with the reason) if anything
the binding relies on does not hold.
"""
import csv
import ctypes as C
import io
import sys

# bosett/status.h
OK, EDATA, EUSAGE, EINFEASIBLE, EIO, ENOMEM = 0, 1, 2, 3, 4, 5
FORMAT_CSV, FORMAT_JSON = 0, 1
NPOS = C.c_size_t(-1).value


def load(path):
    lib = C.CDLL(path)
    sig = {
        "bosett_version": (C.c_char_p, []),
        "bosett_model_new": (C.c_void_p, []),
        "bosett_model_free": (None, [C.c_void_p]),
        "bosett_model_set": (C.c_int, [C.c_void_p, C.c_char_p, C.c_double]),
        "bosett_model_get": (C.c_int, [C.c_void_p, C.c_char_p, C.POINTER(C.c_double)]),
        "bosett_model_error": (C.c_char_p, [C.c_void_p]),
        "bosett_table_new": (C.c_void_p, []),
        "bosett_table_free": (None, [C.c_void_p]),
        "bosett_table_error": (C.c_char_p, [C.c_void_p]),
        "bosett_table_read_file": (C.c_int, [C.c_void_p, C.c_char_p]),
        "bosett_table_keep_county": (C.c_int, [C.c_void_p, C.c_char_p]),
        "bosett_table_nrows": (C.c_size_t, [C.c_void_p]),
        "bosett_table_col": (C.c_size_t, [C.c_void_p, C.c_char_p]),
        "bosett_table_text": (C.c_char_p, [C.c_void_p, C.c_size_t, C.c_size_t]),
        "bosett_table_write_mem": (C.c_int, [C.c_void_p, C.c_int, C.POINTER(C.c_void_p), C.POINTER(C.c_size_t)]),
        "bosett_table_write_cb": (C.c_int, [C.c_void_p, C.c_int, C.c_void_p, C.c_void_p]),
        "bosett_free": (None, [C.c_void_p]),
        "bosett_county_total": (C.c_int, [C.c_char_p, C.c_char_p, C.c_int, C.POINTER(C.c_long),
                                          C.POINTER(C.c_int), C.c_char_p, C.c_size_t]),
        "bosett_solver_new": (C.c_void_p, [C.c_void_p]),
        "bosett_solver_free": (None, [C.c_void_p]),
        "bosett_solver_error": (C.c_char_p, [C.c_void_p]),
        "bosett_solver_set_total": (C.c_int, [C.c_void_p, C.c_long, C.c_long]),
        "bosett_solver_run": (C.c_int, [C.c_void_p, C.c_void_p]),
    }
    for name, (res, args) in sig.items():
        f = getattr(lib, name)
        f.restype, f.argtypes = res, args
    return lib


WRITE_FN = C.CFUNCTYPE(C.c_int, C.c_void_p, C.c_void_p, C.c_size_t)


def check(cond, what):
    if not cond:
        print("solve_county.py: " + what, file=sys.stderr)
        sys.exit(1)


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    lib = load(sys.argv[1])
    data = sys.argv[2]
    county = (sys.argv[3] if len(sys.argv) == 4 else "15").encode()
    m, t = lib.bosett_model_new(), lib.bosett_table_new()
    s = lib.bosett_solver_new(m)
    try:
        # statuses a binding can tell apart
        st = lib.bosett_table_read_file(t, (data + "/no-such-table.csv").encode())
        check(st == EIO, "a missing file gave status %d, not BOSETT_EIO" % st)
        st = lib.bosett_model_set(m, b"no_such_key", 1.0)
        check(st == EUSAGE, "an unknown model key gave status %d, not BOSETT_EUSAGE" % st)
        st = lib.bosett_model_set(m, b"fair_exponent", 5.0)
        check(st == EDATA, "fair_exponent 5 gave status %d, not BOSETT_EDATA" % st)
        # a model set in code, checked as a file's would be
        check(lib.bosett_model_set(m, b"min_settle", 10.0) == OK, lib.bosett_model_error(m).decode())
        v = C.c_double()
        check(lib.bosett_model_get(m, b"min_settle", C.byref(v)) == OK and v.value == 10, "min_settle not 10")

        check(lib.bosett_table_read_file(t, (data + "/kommuner.csv").encode()) == OK,
              lib.bosett_table_error(t).decode())
        check(lib.bosett_table_keep_county(t, county) == OK, lib.bosett_table_error(t).decode())
        total, year, msg = C.c_long(), C.c_int(), C.create_string_buffer(1024)
        check(lib.bosett_county_total((data + "/fylke_anmodning.csv").encode(), county, 0, C.byref(total),
                                      C.byref(year), msg, len(msg)) == OK, msg.value.decode())
        check(lib.bosett_solver_set_total(s, total, 0) == OK, lib.bosett_solver_error(s).decode())
        st = lib.bosett_solver_run(s, t)
        check(st == OK, "solve: status %d: %s" % (st, lib.bosett_solver_error(s).decode()))

        # the result read cell by cell...
        rec, name = lib.bosett_table_col(t, b"recommended"), lib.bosett_table_col(t, b"kommune")
        check(rec != NPOS and name != NPOS, "no column recommended or kommune")
        n = lib.bosett_table_nrows(t)
        cells = {lib.bosett_table_text(t, i, name).decode(): int(lib.bosett_table_text(t, i, rec)) for i in range(n)}
        check(sum(cells.values()) == total.value, "placed %d of %d" % (sum(cells.values()), total.value))

        # ...and as CSV in memory, and through a Python callback: the same
        p, size = C.c_void_p(), C.c_size_t()
        check(lib.bosett_table_write_mem(t, FORMAT_CSV, C.byref(p), C.byref(size)) == OK,
              lib.bosett_table_error(t).decode())
        text = C.string_at(p, size.value).decode()
        lib.bosett_free(p)
        rows = list(csv.DictReader(io.StringIO(text)))
        check({r["kommune"]: int(r["recommended"]) for r in rows} == cells, "the CSV in memory differs from the cells")
        pieces = []
        cb = WRITE_FN(lambda ctx, d, k: pieces.append(C.string_at(d, k)) or 0)
        check(lib.bosett_table_write_cb(t, FORMAT_CSV, C.cast(cb, C.c_void_p), None) == OK,
              lib.bosett_table_error(t).decode())
        check(b"".join(pieces).decode() == text, "the callback's output differs from the memory's")
        stop = WRITE_FN(lambda ctx, d, k: 1)
        st = lib.bosett_table_write_cb(t, FORMAT_CSV, C.cast(stop, C.c_void_p), None)
        check(st == EIO, "a callback that stops gave status %d, not BOSETT_EIO" % st)

        top = max(cells, key=cells.get)
        print("libbosett %s: county %s, total %d (IMDi's request for %d): %d municipalities, most to %s (%d)"
              % (lib.bosett_version().decode(), county.decode(), total.value, year.value, n, top, cells[top]))
    finally:
        lib.bosett_solver_free(s)
        lib.bosett_table_free(t)
        lib.bosett_model_free(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
