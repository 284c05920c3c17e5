package legacy.db.migration;

/**
 * The reference data as version 2 of the shared history, as the layout before per-component histories numbered it
 * (the old V1 and V3 scripts sit beside it in the test resources legacy/db/migration, copied as they were).
 */
public class V2__Directory_reference_data extends db.directory.V2__Directory_reference_data {
}
