package no.samkurs.web.coordinator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The coordinator page's GET parameters as sent, and the address of another page of the same search. */
public class RegionFilter {

    private String q;
    private String status;
    private String fylke;
    private String tilbyder;
    private String type;
    private String side;

    Optional<String> status() {
        return present(status);
    }

    Optional<String> kind() {
        return present(type);
    }

    Optional<String> provider() {
        return present(tilbyder);
    }

    /** The page asked for; anything but a whole number from 1 up is the first. */
    int page() {
        try {
            return Math.max(1, Integer.parseInt(side));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPage() {
        return page();
    }

    /** This search on another page: the parameters that are set, with {@code side} replaced. */
    public String query(int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("status", status);
        parameters.put("fylke", fylke);
        parameters.put("tilbyder", tilbyder);
        parameters.put("type", type);
        parameters.put("side", page > 1 ? String.valueOf(page) : null);
        return parameters.entrySet().stream().filter(e -> present(e.getValue()).isPresent())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFylke() {
        return fylke;
    }

    public void setFylke(String fylke) {
        this.fylke = fylke;
    }

    public String getTilbyder() {
        return tilbyder;
    }

    public void setTilbyder(String tilbyder) {
        this.tilbyder = tilbyder;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }
}
