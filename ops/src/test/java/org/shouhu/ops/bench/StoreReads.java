package org.shouhu.ops.bench;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.shouhu.ops.integrity.IntegrityVerifier;
import org.shouhu.ops.integrity.Verification;
import org.shouhu.ops.privacy.PersonalDataSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What reads the whole store, measured in the tool context beside the application: the
 * verifier, and the baselines of the replay and of the verification (the least any of them
 * must do: read every event row, and deserialize its payload, or hash its bytes).
 */
final class StoreReads {

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final PersonalDataSerializer serializer;
    private final IntegrityVerifier verifier;

    StoreReads(ConfigurableApplicationContext tool) {
        streaming = new JdbcTemplate(tool.getBean(DataSource.class));
        streaming.setFetchSize(FETCH_SIZE);
        readOnly = new TransactionTemplate(tool.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        serializer = tool.getBean(PersonalDataSerializer.class);
        verifier = tool.getBean(IntegrityVerifier.class);
    }

    record Pass(long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }
    }

    /** Every event row read and its payload deserialized (personal data opened), nothing written. */
    Pass deserializeAll() {
        return timed(() -> readOnly.execute(status -> {
            long[] count = {0};
            streaming.query("SELECT payload_type, payload_revision, payload FROM domain_event_entry ORDER BY global_index",
                    row -> {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(row.getString(3), String.class,
                                new SimpleSerializedType(row.getString(1), row.getString(2))));
                        if (payload != null) {
                            count[0]++;
                        }
                    });
            return count[0];
        }));
    }

    /** Every event row read and SHA-256 computed over its bytes, nothing else. */
    Pass hashAll() {
        return timed(() -> readOnly.execute(status -> {
            long[] count = {0};
            MessageDigest sha256 = sha256();
            streaming.query("SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                    + " payload_type, payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index",
                    row -> {
                        for (int column = 1; column <= 9; column++) {
                            String value = row.getString(column);
                            if (value != null) {
                                sha256.update(value.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                        sha256.digest();
                        count[0]++;
                    });
            return count[0];
        }));
    }

    /** The verifier over the whole store; it must say intact. */
    Pass verify() {
        long start = System.nanoTime();
        Verification verification = verifier.verify();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!verification.intact()) {
            throw new IllegalStateException("the verifier says the benchmark store is " + verification.status());
        }
        return new Pass(verification.eventsChecked(), seconds);
    }

    private static Pass timed(java.util.function.Supplier<Long> work) {
        long start = System.nanoTime();
        long events = work.get();
        return new Pass(events, (System.nanoTime() - start) / 1e9);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
