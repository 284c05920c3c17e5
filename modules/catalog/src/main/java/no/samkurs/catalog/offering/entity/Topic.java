package no.samkurs.catalog.offering.entity;

/** What an offering is about: the fixed topic vocabulary shared by all providers. */
public enum Topic implements Term {
    SUBSTANCE_USE("substance-use", "Rus og avhengighet", "Rus og avhengnad", "Substance use and addiction"),
    VIOLENCE_ABUSE("violence-abuse", "Vold og overgrep", "Vald og overgrep", "Violence and abuse"),
    TRAUMA("trauma", "Traumer", "Traume", "Trauma"),
    SUICIDE_SELF_HARM("suicide-self-harm", "Selvmord og selvskading", "Sjølvmord og sjølvskading", "Suicide and self-harm"),
    MENTAL_HEALTH("mental-health", "Psykisk helse", "Psykisk helse", "Mental health"),
    CHILD_WELFARE("child-welfare", "Barnevern", "Barnevern", "Child welfare"),
    EARLY_INTERVENTION("early-intervention", "Tidlig innsats", "Tidleg innsats", "Early intervention"),
    COOPERATION("cooperation", "Samhandling (BTI, SLT)", "Samhandling (BTI, SLT)", "Cross-sector cooperation (BTI, SLT)"),
    PARENTAL_SUPPORT("parental-support", "Foreldrestøtte", "Foreldrestøtte", "Parental support");

    private final Labels labels;

    Topic(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
