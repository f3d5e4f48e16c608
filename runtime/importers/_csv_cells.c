/* Optional C speed-up for runtime.importers.csv_reading: the cells an import reads from one
 * CSV line, without making a string of every other cell, and the test that tells which lines
 * are plain.
 *
 * A Shopify order export has 79 columns, of which the import reads 18; a first import of
 * hundreds of thousands of rows spends much of its time splitting lines into cells it then
 * throws away. pick() finds the cell boundaries in the line's own buffer and makes strings of
 * the wanted cells only. unquoted() answers csv_reading's question "no quote and no NUL?" in
 * one look at the line instead of two.
 *
 * pick() handles what csv.reader (the excel dialect) reads the same way with simple rules:
 * cells that are unquoted and hold no quote, and cells that are quoted from their first
 * character to a closing quote followed by a comma or the end of the line, with "" for a
 * quote inside. Anything else (a quote inside an unquoted cell, text after a closing quote, a
 * quoted cell that goes on to the next line, a quoted cell longer than csv's field limit, a
 * CR, LF or NUL inside the line) returns False, and the caller reads the record with
 * csv.reader. tests/runtime/test_csv_picking.py checks that both agree on random lines.
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

/* A line is looked at once, 16 characters at a time where the CPU has SSE2 (every x86-64):
 * bit i of `commas` and `quotes` is set where character i is a comma or a quote. The cells
 * are then found from those bits, a few steps per cell instead of several per character. */
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define HAVE_SSE2 1
#endif

#if defined(_MSC_VER)
#include <intrin.h>
#endif

static inline int
lowest_bit(uint64_t word)
{
#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_ARM64))
    unsigned long index;
    _BitScanForward64(&index, word);
    return (int)index;
#elif defined(_MSC_VER)
    /* 32-bit Windows has no 64-bit bit scan: look at each half. */
    unsigned long index;
    if (_BitScanForward(&index, (unsigned long)word)) return (int)index;
    _BitScanForward(&index, (unsigned long)(word >> 32));
    return (int)index + 32;
#else
    return __builtin_ctzll(word);
#endif
}

/* The first set bit at or after `from`, or n if none is before n (no bit at n or later is
 * ever set). */
static inline Py_ssize_t
next_bit(const uint64_t *bits, Py_ssize_t from, Py_ssize_t n)
{
    if (from >= n) return n;
    Py_ssize_t word_at = from >> 6, words = (n + 63) >> 6;
    uint64_t word = bits[word_at] & (~(uint64_t)0 << (from & 63));
    while (!word) {
        if (++word_at >= words) return n;
        word = bits[word_at];
    }
    return (word_at << 6) + lowest_bit(word);
}

static inline int
bit_set(const uint64_t *bits, Py_ssize_t at)
{
    return (int)((bits[at >> 6] >> (at & 63)) & 1);
}

/* Fills the bits of characters from..n-1 one by one; returns -1 at a CR, LF or NUL. */
#define CLASSIFY_TAIL(NAME, CHAR)                                                            \
    static int NAME(const CHAR *text, Py_ssize_t from, Py_ssize_t n, uint64_t *commas,        \
                    uint64_t *quotes)                                                        \
    {                                                                                        \
        for (Py_ssize_t i = from; i < n; i++) {                                              \
            CHAR c = text[i];                                                                \
            if (c == ',') commas[i >> 6] |= (uint64_t)1 << (i & 63);                         \
            else if (c == '"') quotes[i >> 6] |= (uint64_t)1 << (i & 63);                    \
            else if (c == '\r' || c == '\n' || c == 0) return -1;                            \
        }                                                                                    \
        return 0;                                                                            \
    }

CLASSIFY_TAIL(classify_tail_ucs1, Py_UCS1)
CLASSIFY_TAIL(classify_tail_ucs2, Py_UCS2)
CLASSIFY_TAIL(classify_tail_ucs4, Py_UCS4)

#ifdef HAVE_SSE2
/* Bits for 16 characters: commas, quotes, and any character below 0x20 (CR, LF and NUL are
 * among them; a tab is too, so the caller checks such a block one character at a time). */
typedef struct {
    unsigned comma, quote, control;
} Block;

static inline Block
block_ucs1(const Py_UCS1 *text)
{
    __m128i chars = _mm_loadu_si128((const __m128i *)text);
    Block b;
    b.comma = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chars, _mm_set1_epi8(',')));
    b.quote = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(chars, _mm_set1_epi8('"')));
    /* c < 0x20 as unsigned bytes: max(c, 0x1f) == 0x1f */
    b.control = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_max_epu8(chars, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f)));
    return b;
}

static inline Block
block_ucs2(const Py_UCS2 *text)
{
    __m128i low = _mm_loadu_si128((const __m128i *)text);
    __m128i high = _mm_loadu_si128((const __m128i *)(text + 8));
    __m128i comma = _mm_set1_epi16(','), quote = _mm_set1_epi16('"');
    /* c < 0x20 as unsigned 16-bit values: the saturating c - 0x1f is 0 */
    __m128i limit = _mm_set1_epi16(0x1f), zero = _mm_setzero_si128();
    Block b;
    /* packs turns each 16-bit lane of 0 or -1 into a byte of 0 or -1: one bit per character */
    b.comma = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(low, comma),
                                                          _mm_cmpeq_epi16(high, comma)));
    b.quote = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(low, quote),
                                                          _mm_cmpeq_epi16(high, quote)));
    b.control = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(
        _mm_cmpeq_epi16(_mm_subs_epu16(low, limit), zero),
        _mm_cmpeq_epi16(_mm_subs_epu16(high, limit), zero)));
    return b;
}

#define CLASSIFY_BLOCKS(NAME, CHAR, BLOCK, TAIL)                                             \
    static int NAME(const CHAR *text, Py_ssize_t n, uint64_t *commas, uint64_t *quotes)      \
    {                                                                                        \
        Py_ssize_t i = 0;                                                                    \
        for (; i + 16 <= n; i += 16) {                                                       \
            Block b = BLOCK(text + i);                                                       \
            if (b.control && TAIL(text, i, i + 16, commas, quotes) < 0) return -1;           \
            commas[i >> 6] |= (uint64_t)b.comma << (i & 63);                                 \
            quotes[i >> 6] |= (uint64_t)b.quote << (i & 63);                                 \
        }                                                                                    \
        return TAIL(text, i, n, commas, quotes);                                             \
    }
#else
#define CLASSIFY_BLOCKS(NAME, CHAR, BLOCK, TAIL)                                             \
    static int NAME(const CHAR *text, Py_ssize_t n, uint64_t *commas, uint64_t *quotes)      \
    {                                                                                        \
        return TAIL(text, 0, n, commas, quotes);                                             \
    }
#endif

CLASSIFY_BLOCKS(classify_ucs1, Py_UCS1, block_ucs1, classify_tail_ucs1)
CLASSIFY_BLOCKS(classify_ucs2, Py_UCS2, block_ucs2, classify_tail_ucs2)

/* The spans of cells 0..last of a line of n characters, from its comma and quote bits;
 * returns the number of cells (at least last + 1 if the line has that many: a line whose
 * cells after `last` hold no quote is not walked to its end), -1 if the simple rules do not
 * cover the line, or -2 if every cell is empty. */
static Py_ssize_t
find_cells(const uint64_t *commas, const uint64_t *quotes, Py_ssize_t n, Py_ssize_t last,
           Span *spans)
{
    Py_ssize_t pos = 0, cell = 0, words = (n + 63) >> 6;
    Py_ssize_t next_quote = next_bit(quotes, 0, n);
    /* The commas not passed yet: those of word `at`, then the words after it. */
    Py_ssize_t at = 0;
    uint64_t ahead = words ? commas[0] : 0;
    int blank = 1;
    for (;;) {
        Py_ssize_t start, end;
        int doubled = 0;
        if (pos < n && pos == next_quote) {
            start = pos + 1;
            Py_ssize_t closing = next_bit(quotes, start, n);
            for (;;) {
                if (closing >= n) return -1; /* the quoted cell goes on to the next line */
                if (closing + 1 < n && bit_set(quotes, closing + 1)) {
                    doubled = 1;
                    closing = next_bit(quotes, closing + 2, n);
                    continue;
                }
                break;
            }
            end = closing;
            if (end - start > FIELD_SIZE_LIMIT) return -1;
            pos = closing + 1;
            if (pos < n && !bit_set(commas, pos)) return -1; /* text after the quote */
            next_quote = next_bit(quotes, pos, n);
            /* Skip the commas inside the quotes, and the one after them. */
            if (pos + 1 < n) {
                at = (pos + 1) >> 6;
                ahead = commas[at] & (~(uint64_t)0 << ((pos + 1) & 63));
            } else {
                ahead = 0;
                at = words;
            }
        } else {
            start = pos;
            while (!ahead && ++at < words) ahead = commas[at];
            if (ahead) {
                end = (at << 6) + lowest_bit(ahead);
                ahead &= ahead - 1;
            } else {
                end = n;
            }
            pos = end;
            if (next_quote < end) return -1; /* a quote inside an unquoted cell */
        }
        if (end > start) blank = 0;
        if (cell <= last) {
            spans[cell].start = start;
            spans[cell].end = end;
            spans[cell].doubled_quotes = doubled;
        }
        cell++;
        if (pos >= n) break;
        /* The rest holds no quote, so its cells are plain: no need to find them. */
        if (cell > last && next_quote >= n && !blank) break;
        pos++; /* the comma */
    }
    return blank ? -2 : cell;
}

/* Lines up to this many characters have their bits on the stack. */
#define STACK_CHARS 8192

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

    Py_ssize_t words = (n + 63) >> 6;
    uint64_t stack_bits[2 * (STACK_CHARS / 64)];
    uint64_t *bits = stack_bits;
    if (n > STACK_CHARS) {
        bits = PyMem_New(uint64_t, 2 * words);
        if (bits == NULL) {
            PyErr_NoMemory();
            goto done;
        }
    }
    memset(bits, 0, 2 * words * sizeof(uint64_t));
    uint64_t *commas = bits, *quotes = bits + words;
    int classified;
    if (kind == PyUnicode_1BYTE_KIND) classified = classify_ucs1(data, n, commas, quotes);
    else if (kind == PyUnicode_2BYTE_KIND) classified = classify_ucs2(data, n, commas, quotes);
    else classified = classify_tail_ucs4(data, 0, n, commas, quotes);
    Py_ssize_t cells = classified < 0 ? -1 : find_cells(commas, quotes, n, last, spans);
    if (bits != stack_bits) PyMem_Free(bits);
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

/* unquoted(line) -> True if the line holds neither a quote nor a NUL (see csv_reading). */
static PyObject *
unquoted(PyObject *module, PyObject *line)
{
    if (!PyUnicode_Check(line)) {
        PyErr_SetString(PyExc_TypeError, "unquoted(line: str)");
        return NULL;
    }
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    Py_ssize_t n = PyUnicode_GET_LENGTH(line), i = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        /* memchr looks at many bytes at a time */
        return PyBool_FromLong(!memchr(data, '"', n) && !memchr(data, 0, n));
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *text = data;
#ifdef HAVE_SSE2
        __m128i quote = _mm_set1_epi16('"'), zero = _mm_setzero_si128();
        for (; i + 8 <= n; i += 8) {
            __m128i chars = _mm_loadu_si128((const __m128i *)(text + i));
            __m128i hits = _mm_or_si128(_mm_cmpeq_epi16(chars, quote),
                                        _mm_cmpeq_epi16(chars, zero));
            if (_mm_movemask_epi8(hits)) Py_RETURN_FALSE;
        }
#endif
        for (; i < n; i++) {
            if (text[i] == '"' || text[i] == 0) Py_RETURN_FALSE;
        }
        Py_RETURN_TRUE;
    }
    const Py_UCS4 *text = data;
    for (; i < n; i++) {
        if (text[i] == '"' || text[i] == 0) Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyMethodDef methods[] = {
    {"pick", (PyCFunction)(void (*)(void))pick, METH_FASTCALL,
     "pick(line, wanted, width): the wanted cells of a one-line CSV record, None if every "
     "cell is empty, False if csv.reader must read it."},
    {"unquoted", unquoted, METH_O,
     "unquoted(line): True if the line holds neither a quote nor a NUL."},
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
