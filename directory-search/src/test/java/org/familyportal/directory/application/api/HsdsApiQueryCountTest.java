package org.familyportal.directory.application.api;

import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HSDS API reads set by set: a page costs a fixed number of SQL statements whatever its size
 * (one per table it shows, not one per row), counted at the JDBC connection of a real MariaDB.
 */
class HsdsApiQueryCountTest {

    /** Statements a page or an item may take: a count, the page, and one per table of the document. */
    private static final int BOUND = 30;

    private static DataSource db;
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static HsdsApi api;

    @BeforeAll
    static void directory() throws Exception {
        db = HsdsApiOutputTest.richDirectory();
        api = new HsdsApi(new JdbcHsdsRows(counting(db)));
    }

    @Test
    void aPageOfServicesTakesTheSameStatementsWhateverItsSize() throws Exception {
        HsdsApi.ServiceFilter any = new HsdsApi.ServiceFilter(null, null, null);
        int ofTwo = statements(() -> api.services(any, 1, 2));
        int ofTwoHundred = statements(() -> api.services(any, 1, 200));
        int one = statements(() -> api.service(first("service")));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            api.services(any, 1 + i % 3, 200);
        }
        System.out.printf(Locale.ROOT, "HSDS page of 200 services: %d statements (one service: %d), %.0f ms each%n",
                ofTwoHundred, one, (System.nanoTime() - start) / 5e6);
        assertEquals(200, api.services(any, 1, 200).getJsonArray("contents").size());
        assertTrue(ofTwoHundred <= BOUND, "a page of 200 services: " + ofTwoHundred + " statements");
        assertEquals(ofTwo, ofTwoHundred, "a page of 2 and a page of 200 services");
        assertTrue(one <= BOUND, "one service: " + one + " statements");

        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM service ORDER BY name LIMIT 200")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        int inOrder = statements(() -> api.servicesInOrder(ids, 1000, 1, 200));
        assertTrue(inOrder <= BOUND, "200 services found by a search: " + inOrder + " statements");
        int salsOf = statements(() -> api.serviceAtLocationsOf(ids, 1000, 1, 200));
        assertTrue(salsOf <= BOUND, "their service-at-locations: " + salsOf + " statements");

    }

    @Test
    void organisationsAndPlacesTooTakeAFixedNumber() throws Exception {
        HsdsApi.ServiceFilter any = new HsdsApi.ServiceFilter(null, null, null);
        int sals = statements(() -> api.serviceAtLocations(any, 1, 200));
        assertEquals(sals, statements(() -> api.serviceAtLocations(any, 1, 3)), "a page of 3 and of 200 places");
        assertTrue(sals <= BOUND, "a page of 200 service-at-locations: " + sals + " statements");
        int organizations = statements(() -> api.organizations(1, 200));
        assertEquals(organizations, statements(() -> api.organizations(1, 3)), "a page of 3 and of 200 organisations");
        assertTrue(organizations <= BOUND, "a page of 200 organisations: " + organizations + " statements");
        String biggest;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT organization_id FROM service GROUP BY organization_id"
                     + " ORDER BY COUNT(*) DESC LIMIT 1")) {
            rs.next();
            biggest = rs.getString(1);
        }
        int organization = statements(() -> api.organization(biggest));
        assertTrue(organization <= 2 * BOUND, "the organisation with most services, in full: " + organization + " statements");
        assertTrue(statements(() -> api.serviceAtLocation(first("service_at_location"))) <= BOUND);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static int statements(Call call) throws Exception {
        STATEMENTS.set(0);
        call.run();
        return STATEMENTS.get();
    }

    private static String first(String table) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM `" + table + "` ORDER BY id LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The data source, counting every statement its connections execute. */
    private static DataSource counting(DataSource real) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return countingConnection(real.getConnection());
            }

            @Override
            public Connection getConnection(String user, String password) throws java.sql.SQLException {
                return countingConnection(real.getConnection(user, password));
            }

            @Override
            public PrintWriter getLogWriter() throws java.sql.SQLException {
                return real.getLogWriter();
            }

            @Override
            public void setLogWriter(PrintWriter out) throws java.sql.SQLException {
                real.setLogWriter(out);
            }

            @Override
            public void setLoginTimeout(int seconds) throws java.sql.SQLException {
                real.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() throws java.sql.SQLException {
                return real.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                return real.getParentLogger();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
                return real.unwrap(type);
            }

            @Override
            public boolean isWrapperFor(Class<?> type) throws java.sql.SQLException {
                return real.isWrapperFor(type);
            }
        };
    }

    private static Connection countingConnection(Connection real) {
        return proxy(Connection.class, real, (method, result) -> {
            if (result instanceof PreparedStatement p) {
                return proxy(PreparedStatement.class, p, HsdsApiQueryCountTest::countExecution);
            }
            if (result instanceof Statement s) {
                return proxy(Statement.class, s, HsdsApiQueryCountTest::countExecution);
            }
            return result;
        });
    }

    private static Object countExecution(java.lang.reflect.Method method, Object result) {
        if (method.getName().startsWith("execute")) {
            STATEMENTS.incrementAndGet();
        }
        return result;
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, After after) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(real, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
