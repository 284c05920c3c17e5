package no.samkurs.web.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the edit form holds, as the browser sends it: texts, codes, and date and time apart. It knows nothing of the
 * rules; {@link FormInput} turns it into the catalog's input, which the catalog checks.
 */
public class OfferingForm implements Serializable {

    private long version;
    private String kind = "course";
    private String delivery = "digital";
    private String title;
    private String summary;
    private String description;
    private List<String> topics = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private boolean national;
    private List<String> counties = new ArrayList<>();
    private String language = "nb";
    private String price;
    private String capacity;
    private String opensDate;
    private String opensTime;
    private String closesDate;
    private String closesTime;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String venueName;
    private String venueAddress;
    private String venueMunicipality;
    private List<SessionRow> sessions = new ArrayList<>();
    private List<LinkRow> links = new ArrayList<>();

    /** A new offering's form: one empty session to fill in. */
    public static OfferingForm empty() {
        OfferingForm form = new OfferingForm();
        form.sessions.add(new SessionRow());
        return form;
    }

    /** A deep copy: the form as first loaded stays apart from what the person types afterwards. */
    public OfferingForm copy() {
        OfferingForm c = new OfferingForm();
        for (FormField field : FormField.values()) {
            field.set(c, field.get(this));
        }
        c.version = version;
        return c;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The text as it counts: stripped, and nothing for blank. */
    static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    public void addSession() {
        sessions.add(new SessionRow());
    }

    /** By position: two empty rows are equal, and the one whose button was pressed must go. */
    public void removeSession(int index) {
        sessions.remove(index);
    }

    public void addLink() {
        links.add(new LinkRow());
    }

    public void removeLink(int index) {
        links.remove(index);
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public boolean isNational() {
        return national;
    }

    public void setNational(boolean national) {
        this.national = national;
    }

    public List<String> getCounties() {
        return counties;
    }

    public void setCounties(List<String> counties) {
        this.counties = counties == null ? new ArrayList<>() : new ArrayList<>(counties);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getOpensDate() {
        return opensDate;
    }

    public void setOpensDate(String opensDate) {
        this.opensDate = opensDate;
    }

    public String getOpensTime() {
        return opensTime;
    }

    public void setOpensTime(String opensTime) {
        this.opensTime = opensTime;
    }

    public String getClosesDate() {
        return closesDate;
    }

    public void setClosesDate(String closesDate) {
        this.closesDate = closesDate;
    }

    public String getClosesTime() {
        return closesTime;
    }

    public void setClosesTime(String closesTime) {
        this.closesTime = closesTime;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getVenueMunicipality() {
        return venueMunicipality;
    }

    public void setVenueMunicipality(String venueMunicipality) {
        this.venueMunicipality = venueMunicipality;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    void setSessions(List<SessionRow> sessions) {
        this.sessions = sessions;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    void setLinks(List<LinkRow> links) {
        this.links = links;
    }
}
