/*
 * Baseline for the Workbook layer benchmark: writes N rows x 8 columns with plain libxlsxwriter in
 * constant-memory mode. Each row: an integer id, a string label, five numbers, and one number with a
 * "#,##0.0" format -- the same cells the Swift benchmark writes through the safe layer.
 *
 * Build: cc -O2 Benchmarks/c/write_rows.c $(pkg-config --cflags --libs xlsxwriter) -o write_rows
 * Usage: write_rows N OUTPUT.xlsx
 */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <xlsxwriter.h>

static int fail(const char *what, lxw_error code)
{
    fprintf(stderr, "write_rows: %s failed: %s\n", what, lxw_strerror(code));
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s N OUTPUT.xlsx\n", argv[0]);
        return 2;
    }
    char *end = NULL;
    errno = 0;
    long rows = strtol(argv[1], &end, 10);
    if (errno != 0 || *end != '\0' || rows < 1 || rows > LXW_ROW_MAX) {
        fprintf(stderr, "write_rows: N must be 1..%d\n", LXW_ROW_MAX);
        return 2;
    }

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook) {
        fprintf(stderr, "write_rows: cannot create workbook\n");
        return 1;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Rows");
    lxw_format *money = workbook_add_format(workbook);
    if (!sheet || !money) {
        fprintf(stderr, "write_rows: cannot add worksheet or format\n");
        return 1;
    }
    format_set_num_format(money, "#,##0.0");

    char label[32];
    lxw_error code;
    for (long row = 0; row < rows; row++) {
        lxw_row_t r = (lxw_row_t) row;
        double base = (double) row;
        snprintf(label, sizeof label, "label %ld", row);
        if ((code = worksheet_write_number(sheet, r, 0, base, NULL))) return fail("write id", code);
        if ((code = worksheet_write_string(sheet, r, 1, label, NULL))) return fail("write label", code);
        for (lxw_col_t col = 2; col < 7; col++) {
            if ((code = worksheet_write_number(sheet, r, col, base * col + 0.25, NULL)))
                return fail("write number", code);
        }
        if ((code = worksheet_write_number(sheet, r, 7, base * 1000.5, money)))
            return fail("write formatted number", code);
    }
    if ((code = workbook_close(workbook))) return fail("close", code);
    return 0;
}
