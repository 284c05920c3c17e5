package no.samkurs.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalPathTest {

    @ParameterizedTest(name = "hostile: [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/%09/evil.example",
            "/%0d%0a/evil.example",
            "//evil.example",
            "///evil.example",
            "//evil.example/%2e%2e",
            "/\\evil.example",
            "\\\\evil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "%2F%2Fevil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "https://evil.example/",
            "http:/evil.example",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "evil.example",
            "\u2215\u2215evil.example",
            "/\u2215evil.example",
            "\uFF0F\uFF0Fevil.example",
            "/\u3002/evil.example",
            "/ /evil.example",
            "/\u0000/evil.example",
            "/%00",
            "/%E2%80%AE/evil",
            "/../../etc/passwd",
            "/a/../../evil",
            "/%2e%2e/evil",
            "/.//evil.example",
    })
    void refusesAnythingThatCouldLeaveTheSite(String hostile) {
        assertEquals("/", LocalPath.orHome(hostile));
    }

    @ParameterizedTest(name = "good: {0}")
    @CsvSource(delimiter = '|', value = {
            "/|/",
            "/tilbud.html|/tilbud.html",
            "/tilbud.html?q=traume&county=56&page=2|/tilbud.html?q=traume&county=56&page=2",
            "/tilbudet.html?id=3f2a#okter|/tilbudet.html?id=3f2a#okter",
            "/min-side|/min-side",
            "/s%C3%B8k?q=rus%20og%20barn|/s%C3%B8k?q=rus%20og%20barn",
            "/a/./b|/a/b",
            "/@evil.example:80|/@evil.example:80",
            "/tilbud.html?next=//evil.example|/tilbud.html?next=//evil.example",
    })
    void keepsPathsOnThisSite(String good, String expected) {
        assertEquals(expected, LocalPath.orHome(good));
    }
}
