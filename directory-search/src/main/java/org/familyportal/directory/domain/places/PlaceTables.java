package org.familyportal.directory.domain.places;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gateway over the gazetteer's tables ({@code region}, {@code municipality}, {@code settlement})
 * and the {@code data_load} marks of one-time loads (the shipped gazetteer, the demo directory).
 * The one implementation is plain JDBC ({@code infrastructure.jdbc.JdbcPlaceTables}); the HSDS
 * tables have their own gateway ({@code domain.hsds.HsdsRows}).
 */
public interface PlaceTables {

    /** Whether a load was recorded under {@code mark}. */
    boolean loaded(String mark) throws SQLException;

    /**
     * Runs {@code work} in one database transaction: committed when it returns, rolled back when it
     * throws (all or nothing).
     */
    <T> T inOneTransaction(Work<T> work) throws SQLException;

    /** What is done in one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tables) throws SQLException;
    }

    /** The tables inside one transaction. */
    interface Transaction {

        Set<String> regionCodes() throws SQLException;

        Set<String> municipalityCodes() throws SQLException;

        Set<String> settlementIds() throws SQLException;

        /**
         * Inserts the municipalities of {@code rows} not in {@code existing} (at their centre's point
         * from {@code centres}) and updates the others (their point only when a centre is given).
         *
         * @return how many were created
         */
        int writeMunicipalities(Collection<GazetteerRow> rows, Map<String, GazetteerRow> centres, Set<String> existing)
                throws SQLException;

        /** Inserts or updates the settlements of {@code rows} (municipality-only lines are skipped). */
        void writeSettlements(List<GazetteerRow> rows) throws SQLException;

        /** Every municipality with its region, point and resource centre, for the routing. */
        List<CentreRouting.Served> municipalities() throws SQLException;

        /** Sets the resource centre of each municipality (code → centre organisation id). */
        void linkCentres(Map<String, String> centres) throws SQLException;

        /** Records (or renews) the load {@code mark}. */
        void markLoaded(String mark) throws SQLException;

        /** Each municipality with its region and administrative centre, by region and code. */
        List<MunicipalityCentre> municipalityCentres() throws SQLException;
    }

    /** A municipality with its region (and the region's time zone) and its administrative centre. */
    record MunicipalityCentre(String code, String regionCode, String regionName, String name, String centreName,
                              String kind, double latitude, double longitude, String timeZone) {
    }
}
