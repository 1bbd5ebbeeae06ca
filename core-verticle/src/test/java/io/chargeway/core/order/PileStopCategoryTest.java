package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PileStopCategoryTest {

    @Test
    void classifiesEveryCodeOfTheV16TableByItsRange() {
        assertThat(PileStopCategory.of(0x40)).isEqualTo(PileStopCategory.COMPLETED);
        assertThat(PileStopCategory.of(0x49)).isEqualTo(PileStopCategory.COMPLETED);
        assertThat(PileStopCategory.of(0x4A)).isEqualTo(PileStopCategory.START_FAILED);
        assertThat(PileStopCategory.of(0x69)).isEqualTo(PileStopCategory.START_FAILED);
        assertThat(PileStopCategory.of(0x6A)).isEqualTo(PileStopCategory.ABNORMAL_STOP);
        assertThat(PileStopCategory.of(0x8F)).isEqualTo(PileStopCategory.ABNORMAL_STOP);
        assertThat(PileStopCategory.of(0x90)).isEqualTo(PileStopCategory.UNKNOWN);
    }

    @Test
    void codesOutsideTheTableAreVendorExtensions() {
        assertThat(PileStopCategory.of(0x91)).isEqualTo(PileStopCategory.VENDOR);
        assertThat(PileStopCategory.of(0x00)).isEqualTo(PileStopCategory.VENDOR);
        assertThat(PileStopCategory.of(0xFF)).isEqualTo(PileStopCategory.VENDOR);
    }
}
