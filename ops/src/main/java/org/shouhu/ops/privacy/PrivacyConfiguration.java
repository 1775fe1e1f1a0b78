package org.shouhu.ops.privacy;

import org.shouhu.command.child.ResidentIdDigest;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The master key, the children's data keys and the keyed digest of resident IDs. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    MasterKey masterKey(PrivacyProperties properties) {
        return MasterKeySource.load(properties);
    }

    @Bean
    EncryptedAttachments encryptedAttachments(JdbcTemplate jdbc, DataKeys dataKeys) {
        return new EncryptedAttachments(jdbc, dataKeys);
    }

    @Bean
    DataKeys dataKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock, PrivacyProperties properties) {
        return new DataKeys(jdbc, masterKey, clock, properties);
    }

    @Bean
    ResidentIdDigest residentIdDigest(MasterKey masterKey) {
        return new KeyedResidentIdDigest(masterKey);
    }

    /** Refuses to start, before any event is read, with a master key other than the one the stored keys need. */
    @Bean
    SmartInitializingSingleton masterKeyCheck(DataKeys dataKeys, FlywayMigrationInitializer migrated) {
        return dataKeys::checkMasterKey;
    }
}
