/* Optional C speed-up for runtime.importers.csv_reading.pick: the cells an import reads from one
 * CSV line, without making a string of every other cell.
 *
 * A Shopify order export has 79 columns, of which the import reads 18; a first import of
 * hundreds of thousands of rows spends much of its time splitting lines into cells it then
 * throws away. pick() finds the cell boundaries in the line's own buffer and makes strings of
 * the wanted cells only.
 *
 * It handles what csv.reader (the excel dialect) reads the same way with simple rules: cells
 * that are unquoted and hold no quote, and cells that are quoted from their first character
 * to a closing quote followed by a comma or the end of the line, with "" for a quote inside.
 * Anything else (a quote inside an unquoted cell, text after a closing quote, a quoted cell
 * that goes on to the next line, a quoted cell longer than csv's field limit, a NUL) returns
 * False, and the caller reads the record with csv.reader. tests/runtime/test_csv_picking.py checks both agree on random lines.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Up to this many wanted columns, and cells up to this column, are kept on the stack; wider
 * files take memory from the heap. */
#define STACK_COLUMNS 128
/* csv_reading.FIELD_SIZE_LIMIT: a longer quoted cell is left to csv.reader, which refuses it. */
#define FIELD_SIZE_LIMIT (16 * 1024 * 1024)

typedef struct {
    Py_ssize_t start, end;
    int doubled_quotes;
} Span;

/* The spans of cells 0..last of a line of n characters; returns the number of cells, -1 if
 * the simple rules do not cover the line, or -2 if every cell is empty. */
#define SCANNER(NAME, CHAR)                                                                  \
    static Py_ssize_t NAME(const CHAR *text, Py_ssize_t n, Py_ssize_t last, Span *spans)     \
    {                                                                                        \
        Py_ssize_t pos = 0, cell = 0;                                                        \
        int blank = 1;                                                                       \
        for (;;) {                                                                           \
            Py_ssize_t start, end;                                                           \
            int doubled = 0;                                                                 \
            if (pos < n && text[pos] == '"') {                                               \
                Py_ssize_t i = start = pos + 1;                                              \
                for (;;) {                                                                   \
                    if (i >= n) return -1; /* the quoted cell goes on to the next line */    \
                    CHAR c = text[i];                                                        \
                    if (c == '"') {                                                          \
                        if (i + 1 < n && text[i + 1] == '"') {                               \
                            doubled = 1;                                                     \
                            i += 2;                                                          \
                            continue;                                                        \
                        }                                                                    \
                        break;                                                               \
                    }                                                                        \
                    if (c == '\r' || c == '\n' || c == 0) return -1;                         \
                    i++;                                                                     \
                }                                                                            \
                end = i;                                                                     \
                if (end - start > FIELD_SIZE_LIMIT) return -1;                               \
                pos = i + 1;                                                                 \
                if (pos < n && text[pos] != ',') return -1; /* text after the quote */       \
            } else {                                                                         \
                Py_ssize_t i = start = pos;                                                  \
                for (; i < n; i++) {                                                         \
                    CHAR c = text[i];                                                        \
                    if (c == ',') break;                                                     \
                    if (c == '"' || c == '\r' || c == '\n' || c == 0) return -1;             \
                }                                                                            \
                end = pos = i;                                                               \
            }                                                                                \
            if (end > start) blank = 0;                                                      \
            if (cell <= last) {                                                              \
                spans[cell].start = start;                                                   \
                spans[cell].end = end;                                                       \
                spans[cell].doubled_quotes = doubled;                                        \
            }                                                                                \
            cell++;                                                                          \
            if (pos >= n) break;                                                             \
            pos++; /* the comma */                                                           \
        }                                                                                    \
        return blank ? -2 : cell;                                                            \
    }

SCANNER(scan_ucs1, Py_UCS1)
SCANNER(scan_ucs2, Py_UCS2)
SCANNER(scan_ucs4, Py_UCS4)

static PyObject *empty_text, *two_quotes, *one_quote;

/* pick(line, wanted, width) -> tuple of str | None | False (see csv_reading.pick) */
static PyObject *
pick(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "pick(line: str, wanted: tuple[int, ...], width: int)");
        return NULL;
    }
    PyObject *line = args[0], *wanted = args[1];
    Py_ssize_t width = PyLong_AsSsize_t(args[2]);
    if (width == -1 && PyErr_Occurred()) return NULL;
    Py_ssize_t count = PyTuple_GET_SIZE(wanted);

    Py_ssize_t stack_columns[STACK_COLUMNS];
    Span stack_spans[STACK_COLUMNS];
    Py_ssize_t *columns = stack_columns;
    Span *spans = stack_spans;
    PyObject *out = NULL;
    if (count > STACK_COLUMNS) {
        columns = PyMem_New(Py_ssize_t, count);
        if (columns == NULL) return PyErr_NoMemory();
    }
    Py_ssize_t last = -1;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t column = PyLong_AsSsize_t(PyTuple_GET_ITEM(wanted, i));
        if (column == -1 && PyErr_Occurred()) goto done;
        if (column < 0) {
            PyErr_SetString(PyExc_ValueError, "wanted columns must not be negative");
            goto done;
        }
        columns[i] = column;
        if (column < width && column > last) last = column;
    }
    if (last >= STACK_COLUMNS) {
        spans = PyMem_New(Span, last + 1);
        if (spans == NULL) {
            PyErr_NoMemory();
            goto done;
        }
    }

    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    /* The line break ends the record; it is not part of the last cell. */
    if (n && PyUnicode_READ(kind, data, n - 1) == '\n') n--;
    if (n && PyUnicode_READ(kind, data, n - 1) == '\r') n--;

    Py_ssize_t cells;
    if (kind == PyUnicode_1BYTE_KIND) cells = scan_ucs1(data, n, last, spans);
    else if (kind == PyUnicode_2BYTE_KIND) cells = scan_ucs2(data, n, last, spans);
    else cells = scan_ucs4(data, n, last, spans);
    if (cells == -1) {
        out = Py_NewRef(Py_False);
        goto done;
    }
    if (cells == -2) {
        out = Py_NewRef(Py_None);
        goto done;
    }

    out = PyTuple_New(count);
    if (out == NULL) goto done;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t column = columns[i];
        PyObject *cell;
        if (column >= cells || column >= width) {
            /* A short row, or a column the file lacks: read as empty, as csv_reading.fit does. */
            cell = Py_NewRef(empty_text);
        } else {
            cell = PyUnicode_Substring(line, spans[column].start, spans[column].end);
            if (cell != NULL && spans[column].doubled_quotes) {
                PyObject *quoted = cell;
                cell = PyUnicode_Replace(quoted, two_quotes, one_quote, -1);
                Py_DECREF(quoted);
            }
        }
        if (cell == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyTuple_SET_ITEM(out, i, cell);
    }
done:
    if (columns != stack_columns) PyMem_Free(columns);
    if (spans != stack_spans) PyMem_Free(spans);
    return out;
}

static PyMethodDef methods[] = {
    {"pick", (PyCFunction)(void (*)(void))pick, METH_FASTCALL,
     "pick(line, wanted, width): the wanted cells of a one-line CSV record, None if every "
     "cell is empty, False if csv.reader must read it."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_csv_cells", "Picking cells out of a CSV line (see csv_reading.pick).",
    -1, methods,
};

PyMODINIT_FUNC
PyInit__csv_cells(void)
{
    empty_text = PyUnicode_New(0, 0);
    two_quotes = PyUnicode_FromString("\"\"");
    one_quote = PyUnicode_FromString("\"");
    if (empty_text == NULL || two_quotes == NULL || one_quote == NULL) return NULL;
    return PyModule_Create(&module);
}
