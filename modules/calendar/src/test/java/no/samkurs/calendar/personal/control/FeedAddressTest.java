package no.samkurs.calendar.personal.control;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The personal feed's address in its two forms, from the application's root address. */
class FeedAddressTest {

    @Test
    void behindTlsTheWebFormIsHttpsAndTheSubscriptionFormWebcal() {
        FeedAddress address = FeedAddress.personal(URI.create("http://samkurs.no/"), true, "abc_-9");
        assertEquals("https://samkurs.no/calendar/personal/abc_-9.ics", address.https());
        assertEquals("webcal://samkurs.no/calendar/personal/abc_-9.ics", address.webcal());
    }

    @Test
    void withoutTlsTheWebFormKeepsTheRequestsSchemeAndPort() {
        FeedAddress address = FeedAddress.personal(URI.create("http://localhost:8080/"), false, "t");
        assertEquals("http://localhost:8080/calendar/personal/t.ics", address.https());
        assertEquals("webcal://localhost:8080/calendar/personal/t.ics", address.webcal());
    }

    @Test
    void theApplicationsContextPathIsKept() {
        URI api = URI.create("https://kommune.example.no/samkurs/api/");
        assertEquals("https://kommune.example.no/samkurs/calendar/personal/t.ics",
                FeedAddress.personal(api.resolve(".."), true, "t").https());
    }
}
