package no.samkurs.enrollment.roster.control;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as a CSV file that Excel with Norwegian settings opens right on a double click: UTF-8 with a byte
 * order mark (or æøå come out garbled), {@code ;} between cells (Excel's list separator where the decimal mark is a
 * comma), CRLF after every row, quotes only where a cell needs them. A cell that starts like a formula (= + - @, or
 * a tab or CR) is prefixed with an apostrophe, so that names and addresses typed by anyone are never run as formulas.
 */
public final class ExcelCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    static final char SEPARATOR = ';';
    static final String BOM = "\uFEFF";
    static final String NEWLINE = "\r\n";

    private ExcelCsv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, header);
        rows.forEach(r -> row(csv, r));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(NEWLINE);
    }

    /** One cell as written: neutralised, then quoted when it holds a separator, a quote or a line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
