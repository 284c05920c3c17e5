package no.samkurs.calendar.feed.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines fold at 75 octets, counted in UTF-8, never inside a character. */
class FoldingTest {

    @Test
    void longLinesFoldAt75OctetsAndUnfoldToTheSameText() {
        String line = "DESCRIPTION:" + "Blåbærsyltetøy på Ørland og i Ålesund. ".repeat(12) + "😀 slutt";
        String folded = Folding.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertTrue(folded.endsWith("\r\n"));
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void shortLinesStayAndEveryLineEndsInCrlf() {
        assertEquals("BEGIN:VEVENT\r\nUID:x\r\n", Folding.fold("BEGIN:VEVENT\nUID:x\r\n"));
        String exactly = "X".repeat(75);
        assertEquals(exactly + "\r\n", Folding.fold(exactly));
        assertEquals(exactly + "\r\n Y\r\n", Folding.fold(exactly + "Y"));
    }
}
