package db.directory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the real reference data shipped in {@code reference-data/} (sources and licences in its SOURCES.md):
 * the 10 statsforvalter offices, 15 counties, 357 municipalities and 16 competence centres with the counties they
 * cover. Read from the CSVs as published so that a refresh of the data is a new CSV and a new migration.
 */
public class V2__Directory_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<CSVRecord> counties = read("counties.csv");
        Map<String, CSVRecord> offices = new LinkedHashMap<>();
        counties.forEach(c -> offices.putIfAbsent(statsforvalterId(c.get("statsforvalter_short")), c));
        insertOffices(db, offices);
        insertCounties(db, counties);
        insertMunicipalities(db, read("municipalities.csv"));
        insertCentres(db, read("centres.csv"));
    }

    /** A stable, readable id for a statsforvalter office: "sf-" and its counties, ASCII-folded. */
    public static String statsforvalterId(String shortName) {
        String folded = shortName.toLowerCase()
                .replace("æ", "ae").replace("ø", "o").replace("å", "a");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "sf-" + folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void insertOffices(Connection db, Map<String, CSVRecord> offices) throws SQLException {
        try (PreparedStatement office = db.prepareStatement(
                "INSERT INTO organisation (id, type, name, alt_name, version) VALUES (?, 'STATSFORVALTER', ?, ?, 0)")) {
            for (var entry : offices.entrySet()) {
                office.setString(1, entry.getKey());
                office.setString(2, entry.getValue().get("statsforvalter"));
                setText(office, 3, entry.getValue().get("statsforvalter_former_name"));
                office.addBatch();
            }
            office.executeBatch();
        }
    }

    private static void insertCounties(Connection db, List<CSVRecord> counties) throws SQLException {
        try (PreparedStatement county = db.prepareStatement("""
                INSERT INTO county (number, name, official_name, other_official_names, statsforvalter_id,
                    health_region, population, centroid_lat, centroid_lon, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
             PreparedStatement covers = db.prepareStatement(
                     "INSERT INTO organisation_county (organisation_id, county_number) VALUES (?, ?)")) {
            for (CSVRecord c : counties) {
                String office = statsforvalterId(c.get("statsforvalter_short"));
                county.setString(1, c.get("fylkesnummer"));
                county.setString(2, c.get("name"));
                county.setString(3, c.get("official_name"));
                setText(county, 4, c.get("other_official_names"));
                county.setString(5, office);
                setText(county, 6, c.get("health_region"));
                county.setInt(7, Integer.parseInt(c.get("population")));
                county.setDouble(8, Double.parseDouble(c.get("centroid_lat")));
                county.setDouble(9, Double.parseDouble(c.get("centroid_lon")));
                county.addBatch();
                covers.setString(1, office);
                covers.setString(2, c.get("fylkesnummer"));
                covers.addBatch();
            }
            county.executeBatch();
            covers.executeBatch();
        }
    }

    private static void insertMunicipalities(Connection db, List<CSVRecord> municipalities) throws SQLException {
        try (PreparedStatement m = db.prepareStatement("""
                INSERT INTO municipality (number, name, official_name, other_official_names, county_number,
                    population, population_date, area_km2, language_form, admin_centre, lat, lon,
                    centroid_lat, centroid_lon, website, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (CSVRecord r : municipalities) {
                m.setString(1, r.get("kommunenummer"));
                m.setString(2, r.get("name"));
                m.setString(3, r.get("official_name"));
                setText(m, 4, r.get("other_official_names"));
                m.setString(5, r.get("fylkesnummer"));
                m.setInt(6, Integer.parseInt(r.get("population")));
                m.setDate(7, Date.valueOf(r.get("population_date")));
                if (r.get("area_km2").isBlank()) {
                    m.setNull(8, Types.DECIMAL);
                } else {
                    m.setBigDecimal(8, new java.math.BigDecimal(r.get("area_km2")));
                }
                setText(m, 9, r.get("language_form"));
                setText(m, 10, r.get("admin_centre"));
                m.setDouble(11, Double.parseDouble(r.get("lat")));
                m.setDouble(12, Double.parseDouble(r.get("lon")));
                m.setDouble(13, Double.parseDouble(r.get("centroid_lat")));
                m.setDouble(14, Double.parseDouble(r.get("centroid_lon")));
                setText(m, 15, r.get("website"));
                m.addBatch();
            }
            m.executeBatch();
        }
    }

    private static void insertCentres(Connection db, List<CSVRecord> centres) throws SQLException {
        try (PreparedStatement centre = db.prepareStatement("""
                INSERT INTO organisation (id, type, name, alt_name, host_institution, host_city, lat, lon, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""");
             PreparedStatement covers = db.prepareStatement(
                     "INSERT INTO organisation_county (organisation_id, county_number) VALUES (?, ?)")) {
            for (CSVRecord c : centres) {
                centre.setString(1, c.get("centre_id"));
                centre.setString(2, centreType(c.get("centre_type")));
                centre.setString(3, c.get("name"));
                setText(centre, 4, c.get("alt_name"));
                setText(centre, 5, c.get("host_institution"));
                setText(centre, 6, c.get("host_city"));
                centre.setDouble(7, Double.parseDouble(c.get("lat")));
                centre.setDouble(8, Double.parseDouble(c.get("lon")));
                centre.addBatch();
                for (String county : c.get("fylkesnummer_covered").split(";")) {
                    covers.setString(1, c.get("centre_id"));
                    covers.setString(2, county.trim());
                    covers.addBatch();
                }
            }
            centre.executeBatch();
            covers.executeBatch();
        }
    }

    private static String centreType(String csvType) {
        return switch (csvType) {
            case "KoRUS" -> "KORUS";
            case "RVTS" -> "RVTS";
            case "RKBU/RBUP" -> "RKBU";
            default -> throw new IllegalArgumentException("Unknown centre type in centres.csv: " + csvType);
        };
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static List<CSVRecord> read(String file) throws IOException {
        var in = V2__Directory_reference_data.class.getResourceAsStream("/reference-data/" + file);
        if (in == null) {
            throw new IOException("Reference data file missing from the classpath: reference-data/" + file);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
