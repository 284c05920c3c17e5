package no.samkurs.enrollment.roster.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcelCsvTest {

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    @Test
    void theFileStartsWithTheUtf8ByteOrderMark() {
        byte[] file = ExcelCsv.write(List.of("Navn"), List.of());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
    }

    @Test
    void cellsAreSeparatedBySemicolonsAndRowsEndWithCrLf() {
        byte[] file = ExcelCsv.write(List.of("Navn", "E-post"), List.of(List.of("Kari", "kari@example.no"),
                List.of("Ola", "ola@example.no")));
        assertEquals("\uFEFFNavn;E-post\r\nKari;kari@example.no\r\nOla;ola@example.no\r\n", text(file));
    }

    @Test
    void norwegianLettersAreWrittenAsUtf8() {
        byte[] file = ExcelCsv.write(List.of("Plass på venteliste"), List.of(List.of("Ærlig Øystein Åsen")));
        assertEquals("\uFEFFPlass på venteliste\r\nÆrlig Øystein Åsen\r\n", text(file));
        byte[] aWithRing = "å".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, aWithRing.length);
        assertTrue(indexOf(file, aWithRing) > 0, "å is two UTF-8 bytes in the file, not one Latin-1 byte");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("\"Nord; Sør\"", ExcelCsv.cell("Nord; Sør"));
        assertEquals("\"Berg, Kari\"", ExcelCsv.cell("Berg, Kari"));
        assertEquals("\"Kari \"\"Kiss\"\" Berg\"", ExcelCsv.cell("Kari \"Kiss\" Berg"));
        assertEquals("\"første\r\nandre\"", ExcelCsv.cell("første\r\nandre"));
        assertEquals("\"første\nandre\"", ExcelCsv.cell("første\nandre"));
        assertEquals("Kari Berg", ExcelCsv.cell("Kari Berg"));
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertEquals("'=1+1", ExcelCsv.cell("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", ExcelCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+47 900 00 000", ExcelCsv.cell("+47 900 00 000"));
        assertEquals("'-2+3", ExcelCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", ExcelCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", ExcelCsv.cell("\tx"));
        assertEquals("\"'=1;2\"", ExcelCsv.cell("=1;2"), "neutralised, then quoted");
        assertEquals("a=b", ExcelCsv.cell("a=b"), "only a leading sign is a formula");
    }

    @Test
    void missingValuesAreEmptyCells() {
        assertEquals("\uFEFFA;B;C\r\n;x;\r\n", text(ExcelCsv.write(List.of("A", "B", "C"),
                List.of(Arrays.asList(null, "x", "")))));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
