package org.familyportal.directory.domain.search;

import java.sql.SQLException;
import java.util.List;

/**
 * Where the completions of the search box come from: the names of the kinds of help and audiences
 * (Russian and English) and of the services in the public directory. A gateway over the taxonomy
 * and service tables; the one implementation is plain JDBC ({@code infrastructure.jdbc.JdbcSearchPhrases}).
 */
public interface SearchPhrases {

    /** Every phrase, in no particular order, possibly with repeats. */
    List<String> phrases() throws SQLException;
}
