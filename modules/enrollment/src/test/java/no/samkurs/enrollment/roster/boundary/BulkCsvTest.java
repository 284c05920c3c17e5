package no.samkurs.enrollment.roster.boundary;

import no.samkurs.enrollment.roster.control.BulkRows;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkCsvTest {

    @Test
    void semicolonsAsExcelWritesThemInNorway() {
        assertEquals(List.of(new BulkRows.Row("kari@example.no", "school"), new BulkRows.Row("ola@example.no", "nav")),
                BulkCsv.read("email;service\r\nkari@example.no;school\r\nola@example.no;nav\r\n"));
    }

    @Test
    void commasToo() {
        assertEquals(List.of(new BulkRows.Row("kari@example.no", "school")),
                BulkCsv.read("email,service\nkari@example.no,school\n"));
    }

    @Test
    void norwegianHeadersInAnyOrderAndCaseAfterAByteOrderMark() {
        assertEquals(List.of(new BulkRows.Row("kari@example.no", "ppt")),
                BulkCsv.read("\uFEFFTjeneste;E-post\r\nppt;kari@example.no\r\n"));
    }

    @Test
    void theServiceColumnMayBeMissingAndCellsMayBeEmpty() {
        assertEquals(List.of(new BulkRows.Row("kari@example.no", null)), BulkCsv.read("e-post\nkari@example.no\n"));
        assertEquals(List.of(new BulkRows.Row("kari@example.no", null), new BulkRows.Row(null, "nav")),
                BulkCsv.read("email;service\nkari@example.no;\n;nav\n"));
    }

    @Test
    void quotedCellsBlankLinesAndOtherColumnsAreHandled() {
        assertEquals(List.of(new BulkRows.Row("kari@example.no", "school"), new BulkRows.Row("ø@example.no", null)),
                BulkCsv.read("navn;email;service\n\"Nordmann; Kari\";\"kari@example.no\";school\n\n"
                        + "Øystein;ø@example.no\n"));
    }

    @Test
    void withoutAnEmailHeaderTheFileIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> BulkCsv.read("kari@example.no;school\nola@example.no;nav\n"));
        assertEquals("csv", refused.field());
        assertTrue(refused.getMessage().contains("email;service"), refused.getMessage());
        assertThrows(RuleViolation.class, () -> BulkCsv.read(""));
        assertThrows(RuleViolation.class, () -> BulkCsv.read(null));
    }

    @Test
    void aBrokenQuoteIsRefused() {
        assertEquals("csv", assertThrows(RuleViolation.class,
                () -> BulkCsv.read("email;service\n\"kari@example.no;school\n")).field());
    }

    @Test
    void readsOnlyOneRowPastTheLimit() {
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 0; i < BulkRows.MAX_ROWS + 50; i++) {
            csv.append("p").append(i).append("@example.no\n");
        }
        assertEquals(BulkRows.MAX_ROWS + 1, BulkCsv.read(csv.toString()).size());
    }
}
