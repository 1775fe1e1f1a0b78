package org.shouhu.ops.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the master key comes from, and that there is never a default one. */
class MasterKeySourceTest {

    @TempDir
    Path dir;

    private PrivacyProperties properties(String key, Path file, boolean generate) {
        return new PrivacyProperties(key, file, generate, 10, Duration.ofMinutes(1));
    }

    @Test
    void without_a_key_and_outside_demo_mode_the_application_does_not_start_and_says_what_to_set() {
        assertThatThrownBy(() -> MasterKeySource.load(properties(null, dir.resolve("master.key"), false)))
                .hasMessageContaining("shouhu.privacy.master-key").hasMessageContaining("master.key");
        assertThat(dir.resolve("master.key")).doesNotExist();
    }

    @Test
    void demo_mode_generates_a_key_file_readable_by_its_owner_only_and_uses_it_again() throws Exception {
        Path file = dir.resolve("keys/master.key");
        MasterKey first = MasterKeySource.load(properties(null, file, true));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(MasterKeySource.load(properties(null, file, true)).id()).isEqualTo(first.id());
    }

    @Test
    void a_configured_key_comes_before_the_file_and_must_be_32_bytes() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(MasterKeySource.load(properties(key, dir.resolve("none"), false)).id()).hasSize(16);
        assertThatThrownBy(() -> MasterKeySource.load(properties(Base64.getEncoder().encodeToString(new byte[16]),
                dir.resolve("none"), false))).hasMessageContaining("must be 32");
        assertThatThrownBy(() -> MasterKeySource.load(properties("not base64!", dir.resolve("none"), false)))
                .hasMessageContaining("not base64");
    }

    @Test
    void a_data_key_wrapped_for_one_child_does_not_open_for_another_or_under_another_master_key() {
        MasterKey master = new MasterKey(new byte[32]);
        java.util.UUID child = java.util.UUID.randomUUID();
        javax.crypto.SecretKey dataKey = MasterKey.newDataKey();
        byte[] wrapped = master.wrap(dataKey, child);
        assertThat(master.unwrap(wrapped, child).getEncoded()).isEqualTo(dataKey.getEncoded());
        assertThatThrownBy(() -> master.unwrap(wrapped, java.util.UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new MasterKey(other).unwrap(wrapped, child)).isInstanceOf(IllegalStateException.class);
    }
}
