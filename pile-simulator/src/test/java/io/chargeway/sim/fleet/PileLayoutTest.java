package io.chargeway.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.chargeway.sim.PileIdentity;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.PileType;

class PileLayoutTest {

    private final PileLayout layout = PileLayout.standard();

    @Test
    void firstSixPilesOfEveryTenAreDcWithTwoGunsAndTheRestAcWithOne() {
        for (int i = 1; i <= 30; i++) {
            PileIdentity id = layout.identity(i);
            boolean dc = (i - 1) % 10 < 6;
            assertThat(id.pileType()).as("pile %d", i).isEqualTo(dc ? PileType.DC : PileType.AC);
            assertThat(id.gunCount()).as("pile %d", i).isEqualTo(dc ? 2 : 1);
        }
    }

    @Test
    void pileNumbersCountUpFromTheDemoStationsFirstPile() {
        assertThat(layout.identity(1).pileNo()).isEqualTo(PileNo.parse("32010600019001"));
        assertThat(layout.identity(6).pileNo()).isEqualTo(PileNo.parse("32010600019006"));
        assertThat(layout.identity(7).pileNo()).isEqualTo(PileNo.parse("32010600019007"));
        assertThat(layout.identity(10).pileNo()).isEqualTo(PileNo.parse("32010600019010"));
        assertThat(layout.identity(1000).pileNo()).isEqualTo(PileNo.parse("32010600020000"));
    }

    @Test
    void demoStationOfTenPilesHasSixteenGuns() {
        assertThat(layout.gunCount(10)).isEqualTo(6 * 2 + 4);
    }

    @Test
    void customFirstPileShiftsTheNumbersButKeepsTheRule() {
        PileLayout other = new PileLayout(PileNo.parse("55031412782305"));
        assertThat(other.identity(7).pileNo()).isEqualTo(PileNo.parse("55031412782311"));
        assertThat(other.identity(7).pileType()).isEqualTo(PileType.AC);
    }

    @Test
    void refusesIndexZeroAndNumbersBeyondFourteenDigits() {
        assertThatThrownBy(() -> layout.identity(0)).isInstanceOf(IllegalArgumentException.class);
        PileLayout top = new PileLayout(PileNo.parse("99999999999999"));
        assertThat(top.identity(1).pileNo().value()).isEqualTo(99_999_999_999_999L);
        assertThatThrownBy(() -> top.identity(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
