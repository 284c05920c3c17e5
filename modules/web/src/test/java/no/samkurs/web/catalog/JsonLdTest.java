package no.samkurs.web.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLdTest {

    @Test
    void noTextCanEndTheScriptElement() {
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1) \\u0026 mer\"}",
                JsonLd.safe("{\"name\":\"</script><script>alert(1) & mer\"}"));
    }
}
