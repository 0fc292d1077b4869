package org.familyportal.directory.domain.hsds;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The directory's HSDS tables, the one way the directory's use cases reach them: rows as HSDS
 * text (what a CSV cell or a JSON string holds, absent values null), always in id order. A reading
 * asks for all the rows of a table that belong to many parents at once, so a document of any size
 * costs one question per table, not one per row.
 */
public interface HsdsRows {

    /** A reading of the tables as of one connection; close it when the answer is assembled. */
    Reading open() throws SQLException;

    /**
     * Inserts the rows of {@code table}, or updates the existing rows with the same id, all in one
     * transaction: all of them are written or none. Columns a row does not carry stay as they are.
     */
    void upsert(String table, List<Map<String, String>> rows) throws SQLException;

    /**
     * Which rows of a list: {@code taxonomyTermId} (services, and service-at-locations through their
     * service, tagged with the term), {@code organizationId} (services, service-at-locations of its
     * services), {@code modifiedAfter} (services changed after it, UTC), {@code postcode}
     * (service-at-locations whose location's address has this exact postal code, never a
     * confidential one), {@code taxonomyId} (terms of the taxonomy). Null means any.
     */
    record Filter(String taxonomyTermId, String organizationId, LocalDateTime modifiedAfter, String postcode,
                  String taxonomyId) {

        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    interface Reading extends AutoCloseable {

        /** How many rows of {@code table} the filter keeps. */
        long count(String table, Filter filter) throws SQLException;

        /** The rows of {@code table} the filter keeps, in id order, {@code limit} from {@code offset}. */
        List<Map<String, String>> page(String table, Filter filter, long offset, int limit) throws SQLException;

        /** Which of {@code ids} exist in {@code table}. */
        Set<String> existingIds(String table, Collection<String> ids) throws SQLException;

        /**
         * Every row of {@code table} in id order, to {@code sink}; {@code withholdConfidential}: not
         * the rows that tell where a confidential location is (its addresses).
         */
        void readAll(String table, boolean withholdConfidential, Consumer<Map<String, String>> sink) throws SQLException;

        /** The rows of {@code table} whose {@code field} is one of {@code values}, in id order. */
        List<Map<String, String>> whereIn(String table, String field, Collection<String> values) throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
