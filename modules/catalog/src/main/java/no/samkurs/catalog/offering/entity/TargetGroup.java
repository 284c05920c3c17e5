package no.samkurs.catalog.offering.entity;

/** Who an offering is for: the municipal services, as a fixed vocabulary. */
public enum TargetGroup implements Term {
    KINDERGARTEN("kindergarten", "Barnehage", "Barnehage", "Kindergarten"),
    SCHOOL("school", "Skole", "Skule", "School"),
    PPT("ppt", "PP-tjenesten", "PP-tenesta", "Educational-psychological service (PPT)"),
    HEALTH_STATION("health-station", "Helsestasjon og skolehelsetjeneste", "Helsestasjon og skulehelseteneste",
            "Health station and school health service"),
    CHILD_WELFARE("child-welfare", "Barneverntjenesten", "Barnevernstenesta", "Child welfare service"),
    NAV("nav", "NAV", "NAV", "NAV"),
    LEADERSHIP("leadership", "Kommunal ledelse", "Kommunal leiing", "Municipal leadership"),
    MENTAL_HEALTH_SERVICES("mental-health-services", "Psykisk helse- og rustjenester", "Psykisk helse- og rustenester",
            "Mental health and substance-use services"),
    POLICE_SLT("police-slt", "Politi og SLT", "Politi og SLT", "Police and SLT");

    private final Labels labels;

    TargetGroup(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
