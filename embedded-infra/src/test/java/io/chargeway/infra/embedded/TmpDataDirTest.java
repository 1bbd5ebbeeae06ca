package io.chargeway.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TmpDataDirTest {

    @Test
    void aDirectoryUnderTmpIsWrittenSoThatMariaDb4jDoesNotEmptyItAtStart() {
        String tmp = System.getProperty("java.io.tmpdir");
        Path underTmp = Path.of(tmp, "checkout", "var", "data", "mariadb");

        Path result = EmbeddedMariaDb.notTextuallyUnderTmp(underTmp);

        assertThat(result.toString()).doesNotStartWith(tmp).startsWith("/./");
        assertThat(result.normalize()).isEqualTo(underTmp.normalize());
    }

    @Test
    void aDirectoryElsewhereIsLeftAlone() {
        Path elsewhere = Path.of("/srv/chargeway/var/data/mariadb");

        assertThat(EmbeddedMariaDb.notTextuallyUnderTmp(elsewhere)).isEqualTo(elsewhere);
    }
}
