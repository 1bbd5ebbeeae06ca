package io.chargeway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    @Test
    void aPathTemplateMatchesOneSegmentPerParameterAndNothingElse() {
        Pattern p = BodyLimits.template("/api/v1/fault-reports/{reportId}/photos");

        assertThat(p.matcher("/api/v1/fault-reports/12/photos").matches()).isTrue();
        assertThat(p.matcher("/api/v1/fault-reports/12/13/photos").matches()).isFalse();
        assertThat(p.matcher("/api/v1/fault-reports/12/photos/1").matches()).isFalse();
        assertThat(p.matcher("/api/v1/fault-reports//photos").matches()).isFalse();
        assertThat(BodyLimits.template("/api/v1/x.csv").matcher("/api/v1/xycsv").matches()).isFalse();
    }
}
