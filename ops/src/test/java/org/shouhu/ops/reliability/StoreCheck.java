package org.shouhu.ops.reliability;

import org.shouhu.ops.database.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the event store holds, read straight from PostgreSQL, beside what the clients were told. */
final class StoreCheck {

    private final EmbeddedPostgresServer database;
    private final String name;

    StoreCheck(EmbeddedPostgresServer database, String name) {
        this.database = database;
        this.name = name;
    }

    /** How many events carry each Idempotency-Key (the key is in each event's metadata). */
    Map<String, Integer> eventsPerIdempotencyKey() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        query("""
                SELECT meta_data::jsonb ->> 'idempotencyKey', count(*) FROM domain_event_entry
                 WHERE meta_data::jsonb ? 'idempotencyKey' GROUP BY 1""", row -> counts.put(row.getString(1), row.getInt(2)));
        return counts;
    }

    long events() throws SQLException {
        return single("SELECT count(*) FROM domain_event_entry");
    }

    long eventsOf(List<String> children) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", children.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Streams whose sequence numbers are not 0, 1, 2, … without a gap: one line each. */
    List<String> streamsWithGaps() throws SQLException {
        List<String> gaps = new ArrayList<>();
        query("""
                SELECT aggregate_identifier, count(*), min(sequence_number), max(sequence_number)
                  FROM domain_event_entry WHERE aggregate_identifier IS NOT NULL
                 GROUP BY aggregate_identifier
                HAVING min(sequence_number) <> 0 OR max(sequence_number) <> count(*) - 1""",
                row -> gaps.add(row.getString(1) + ": " + row.getLong(2) + " events, sequence " + row.getLong(3)
                        + ".." + row.getLong(4)));
        return gaps;
    }

    long single(String sql) throws SQLException {
        long[] result = new long[1];
        query(sql, row -> result[0] = row.getLong(1));
        return result[0];
    }

    private void query(String sql, Row row) throws SQLException {
        try (Connection connection = connect();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(name), database.username(), "");
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }
}
