package no.samkurs.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Language;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Collator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One offering's page ({@code /tilbudet?id=…}): everything it has, for whoever may read it. The catalog's
 * visibility policy decides: an unknown offering, or one a visitor may not see, is our 404 page; a draft shown to
 * someone signed in without access is our 403 page. Join links only for the offering's insiders.
 */
@Named
@RequestScoped
public class OfferingPage {

    @Inject
    Offerings offerings;

    @Inject
    Readers readers;

    @Inject
    Regions regions;

    @Inject
    Indexing index;

    @Inject
    Language language;

    @Inject
    Meetings meetings;

    private String id;
    private Offering offering;
    private boolean inside;
    private String municipality;
    private String jsonLd;
    private List<MeetingSeries> series = List.of();

    /** The view action: loads what the page shows in one transaction, or answers 404/403. */
    @Transactional
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        Optional<Offering> found = id == null || id.isBlank() || id.length() > 64 ? Optional.empty()
                : offerings.byId(id.strip());
        Reader reader = readers.of(context.getUserPrincipal());
        try {
            offering = Visibility.requireRead(reader, found.orElseThrow(() -> RuleViolation.notFound("")));
        } catch (RuleViolation refused) {
            context.responseSendError(refused.kind() == RuleViolation.Kind.FORBIDDEN ? 403 : 404, null);
            faces.responseComplete();
            return;
        }
        inside = Visibility.seesInside(reader, offering);
        municipality = offering.venue().map(v -> v.municipality()).flatMap(regions::municipality)
                .map(Municipality::name).orElse(null);
        jsonLd = JsonLd.of(offering, pageUrl((HttpServletRequest) context.getRequest()));
        // Read the collections while the transaction is open; the page is rendered after it.
        offering.sessions().size();
        offering.links().size();
        offering.hosts();
        Instant now = Instant.now();
        series = meetings.ofOffering(offering.id()).stream().filter(s -> !s.cancelled())
                .map(s -> MeetingSeries.of(s, now, inside)).filter(m -> !m.meetings().isEmpty()).toList();
    }

    /** The offering's series of meetings that still have meetings ahead (learning networks). */
    public List<MeetingSeries> getSeries() {
        return series;
    }

    private String pageUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        String path = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        return path + "/tilbudet?id=" + offering.id();
    }

    /**
     * Back to the search the reader came from (the same filters and page), when the browser says it came from our
     * search page; otherwise to the search as it starts.
     */
    public String getBackHref() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String search = request.getContextPath() + "/tilbud";
        String referer = request.getHeader("Referer");
        try {
            URI from = referer == null ? null : new URI(referer);
            if (from != null && request.getServerName().equalsIgnoreCase(from.getHost())
                    && search.equals(from.getRawPath())) {
                return search + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        } catch (URISyntaxException notAnAddress) {
            // a referrer we cannot read is no way back
        }
        return search;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Offering getOffering() {
        return offering;
    }

    public String getStatus() {
        return offering.status().label(language.getLocale());
    }

    public boolean isCancelled() {
        return offering.status() == Status.CANCELLED;
    }

    public boolean isDraft() {
        return offering.status() == Status.DRAFT;
    }

    public boolean isArchived() {
        return offering.status() == Status.ARCHIVED;
    }

    /** The offering's own language when it is not the page's, for a {@code lang} attribute on its texts. */
    public String getTextLanguage() {
        return offering.language() == null || offering.language().equals(language.getTag()) ? null
                : offering.language();
    }

    public String getKind() {
        return offering.kind().label(language.getLocale());
    }

    public String getDelivery() {
        return offering.delivery().label(language.getLocale());
    }

    /** The description in paragraphs, as the editor wrote them with blank lines between. */
    public List<String> getParagraphs() {
        String description = offering.description();
        return description == null ? List.of() : Arrays.stream(description.split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public String getTopics() {
        return String.join(", ", offering.topics().stream().map(t -> t.label(language.getLocale())).toList());
    }

    public String getTargetGroups() {
        return String.join(", ", offering.targetGroups().stream().map(t -> t.label(language.getLocale())).toList());
    }

    /** The lead first, then the co-hosts that accepted. */
    public List<Host> getHosts() {
        return offering.hosts();
    }

    public List<Session> getSessions() {
        return offering.sessions();
    }

    /** A session's join link, for the offering's insiders only. */
    public String joinUrl(Session session) {
        return inside && linkable(session.joinUrl()) ? session.joinUrl() : null;
    }

    /** Only web addresses become links: an address written some other way is shown as text, never followed. */
    public boolean linkable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    public boolean isInside() {
        return inside;
    }

    public String getCounties() {
        return String.join(", ", offering.counties().stream().map(index::countyName)
                .sorted(Collator.getInstance(language.getLocale())).toList());
    }

    public Contact getContact() {
        return offering.contact().orElse(null);
    }

    /** The venue in one line: name, address and municipality, whichever are given. */
    public String getVenue() {
        return offering.venue().map(v -> String.join(", ", java.util.stream.Stream.of(v.name(), v.address(),
                municipality).filter(p -> p != null && !p.isBlank()).toList())).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    public List<Link> getLinks() {
        return offering.links();
    }

    public String linkKind(Link link) {
        return link.kind().label(language.getLocale());
    }

    public Integer getCapacity() {
        return offering.capacity().orElse(null);
    }

    public Integer getSeatsLeft() {
        return offering.seatsLeft().orElse(null);
    }

    public Instant getEnrollmentOpens() {
        return offering.enrollmentOpens().orElse(null);
    }

    public Instant getEnrollmentCloses() {
        return offering.enrollmentCloses().orElse(null);
    }

    public boolean isEnrollmentOpen() {
        return offering.isEnrollmentOpen(Instant.now());
    }

    public String getCancelReason() {
        return offering.cancelReason().orElse(null);
    }

    public String getJsonLd() {
        return jsonLd;
    }

    /** A telephone number as a tel: address, without the spaces people write in it. */
    public String tel(String phone) {
        return "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
