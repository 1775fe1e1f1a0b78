package org.shouhu.ops.integrity;

import org.shouhu.ops.privacy.EncryptedAttachments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;

/** The signing key, checkpoints, proofs and the verifier. */
@Configuration(proxyBeanMethods = false)
public class IntegrityConfiguration {

    @Bean
    SigningKey checkpointSigningKey(IntegrityProperties properties) {
        return SigningKey.load(properties);
    }

    /** Reads the store with a cursor, a batch of rows at a time, so that memory stays flat as the store grows. */
    private static JdbcTemplate streaming(DataSource dataSource, IntegrityProperties properties) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(properties.fetchSize());
        return jdbc;
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        return template;
    }

    @Bean
    Checkpoints checkpoints(DataSource dataSource, IntegrityProperties properties, PlatformTransactionManager transactions,
                            SigningKey key, Clock clock) {
        return new Checkpoints(streaming(dataSource, properties), new TransactionTemplate(transactions), key, clock);
    }

    @Bean
    IntegrityVerifier integrityVerifier(DataSource dataSource, IntegrityProperties properties,
                                        PlatformTransactionManager transactions, SigningKey key,
                                        EncryptedAttachments attachments, VerificationLog log) {
        return new IntegrityVerifier(streaming(dataSource, properties), readOnly(transactions), key, attachments,
                log);
    }

    @Bean
    Proofs proofs(DataSource dataSource, IntegrityProperties properties, PlatformTransactionManager transactions,
                  Checkpoints checkpoints, SigningKey key) {
        return new Proofs(streaming(dataSource, properties), readOnly(transactions), checkpoints, key);
    }

    @Bean
    PeriodicCheckpoints periodicCheckpoints(Checkpoints checkpoints, IntegrityProperties properties) {
        return new PeriodicCheckpoints(checkpoints, properties.checkpointInterval());
    }

    @Bean
    PeriodicVerification periodicVerification(IntegrityVerifier verifier, VerificationLog log,
                                              IntegrityProperties properties, Clock clock) {
        return new PeriodicVerification(verifier, log, properties.verifyInterval(), clock);
    }
}
