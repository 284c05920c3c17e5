package no.samkurs.web.enrollment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkInputTest {

    @Test
    void oneAddressPerLineWithAnOptionalServiceAfterASemicolon() {
        assertEquals(List.of(new BulkInput.Entry(1, "kari@alta.no", null),
                        new BulkInput.Entry(3, "ola@alta.no", "Skole"),
                        new BulkInput.Entry(4, "per@alta.no", "school")),
                BulkInput.read("kari@alta.no\n\n ola@alta.no ; Skole \r\nper@alta.no,school\n   \n"));
    }

    @Test
    void aSpreadsheetsHeadingsSayWhichColumnIsWhich() {
        assertEquals(List.of(new BulkInput.Entry(2, "kari@alta.no", "ppt"),
                        new BulkInput.Entry(3, "ola@alta.no", null)),
                BulkInput.read("\uFEFFTjeneste;Navn;E-post\r\nppt;Kari;kari@alta.no\r\n"
                        + ";\"Ola, Nordmann\";ola@alta.no\r\n"));
        assertEquals(List.of(new BulkInput.Entry(2, "kari@alta.no", null)), BulkInput.read("email\nkari@alta.no"));
    }

    @Test
    void aLineWithoutAnAddressIsKeptForItsResult() {
        assertEquals(List.of(new BulkInput.Entry(1, null, "Skole"), new BulkInput.Entry(2, "ikke en adresse", null)),
                BulkInput.read(";Skole\nikke en adresse"));
        assertEquals(List.of(), BulkInput.read(null));
        assertEquals(List.of(), BulkInput.read(" \n;\n"));
    }
}
