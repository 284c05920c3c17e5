package no.samkurs.directory.organisation.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of organisation publishes offerings. The first three are the competence-centre families. */
public enum OrganisationType {
    KORUS("korus", "KoRUS", true),
    RVTS("rvts", "RVTS", true),
    RKBU("rkbu", "RKBU/RBUP", true),
    STATSFORVALTER("statsforvalter", "Statsforvalteren", false),
    OTHER("annen", "Annen regional aktør", false);

    private final String code;
    private final String label;
    private final boolean centreFamily;

    OrganisationType(String code, String label, boolean centreFamily) {
        this.code = code;
        this.label = label;
        this.centreFamily = centreFamily;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean isCentreFamily() {
        return centreFamily;
    }

    public static Optional<OrganisationType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(OrganisationType::code).toList();
    }

    public static List<OrganisationType> centreFamilies() {
        return Arrays.stream(values()).filter(OrganisationType::isCentreFamily).toList();
    }
}
