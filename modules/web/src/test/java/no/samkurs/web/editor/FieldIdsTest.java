package no.samkurs.web.editor;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FieldIdsTest {

    @Test
    void eachOfTheCatalogsFieldsHasItsControl() {
        assertEquals("tilbud:title", FieldIds.of("title"));
        assertEquals("tilbud:price", FieldIds.of("priceNok"));
        assertEquals("tilbud:counties", FieldIds.of("counties[2]"));
        assertEquals("tilbud:venueMunicipality", FieldIds.of("venue.municipality"));
        assertEquals("tilbud:venueName", FieldIds.of("venue"));
        assertEquals("tilbud:opensDate", FieldIds.of("enrollmentOpens"));
        assertEquals("tilbud:okter:1:endDate", FieldIds.of("sessions[1].end"));
        assertEquals("tilbud:okter:0:startDate", FieldIds.of("sessions[0]"));
        assertEquals("tilbud:okter:3:sessionJoinUrl", FieldIds.of("sessions[3].joinUrl"));
        assertEquals("tilbud:addSession", FieldIds.of("sessions"));
        assertEquals("tilbud:lenker:0:linkUrl", FieldIds.of("links[0].url"));
        assertEquals("avlysning:reason", FieldIds.of("reason"));
        assertNull(FieldIds.of("version"), "shown in the summary only");
        assertNull(FieldIds.of(null));
    }

    @Test
    void errorsAreSummarisedInThePagesOrder() {
        List<String> fields = new ArrayList<>(List.of("links[0].url", "sessions[1].end", "title", "sessions[0].start",
                "kind", "enrollmentCloses", "unknown"));
        fields.sort(FieldIds.IN_PAGE_ORDER);
        assertEquals(List.of("kind", "title", "sessions[0].start", "sessions[1].end", "enrollmentCloses",
                "links[0].url", "unknown"), fields);
    }

    @Test
    void aBeanValidationPathIsNamedAsTheCatalogNamesFields() {
        assertEquals("sessions[0].start", FieldIds.path(List.of(node("sessions", null, ElementKind.PROPERTY),
                node("start", 0, ElementKind.PROPERTY))));
        assertEquals("counties[2]", FieldIds.path(List.of(node("counties", null, ElementKind.PROPERTY),
                node("<list element>", 2, ElementKind.CONTAINER_ELEMENT))));
        assertEquals("contact.email", FieldIds.path(List.of(node("contact", null, ElementKind.PROPERTY),
                node("email", null, ElementKind.PROPERTY))));
    }

    private static Path.Node node(String name, Integer index, ElementKind kind) {
        return new Path.Node() {
            public String getName() {
                return name;
            }

            public boolean isInIterable() {
                return index != null;
            }

            public Integer getIndex() {
                return index;
            }

            public Object getKey() {
                return null;
            }

            public ElementKind getKind() {
                return kind;
            }

            public <T extends Path.Node> T as(Class<T> type) {
                return type.cast(this);
            }
        };
    }
}
