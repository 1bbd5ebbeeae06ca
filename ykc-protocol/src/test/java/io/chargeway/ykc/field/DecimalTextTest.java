package io.chargeway.ykc.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Pile numbers and trade serials print as zero-padded decimal text, the same as the formatter would. */
class DecimalTextTest {

    @Property(tries = 3000)
    void digitsAreTheFormattersZeroPaddedText(@ForAll @IntRange(min = 1, max = 18) int width, @ForAll @LongRange(min = 0) long any) {
        long value = any % Bcd.pow10(width);

        assertThat(Bcd.digits(value, width)).isEqualTo(String.format("%0" + width + "d", value));
    }

    @Property(tries = 2000)
    void serialsAndPileNumbersPrintAndParseBack(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long high,
                                                @ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long low) {
        TradeSerial serial = new TradeSerial(high, low);
        PileNo pile = new PileNo(high / 100);

        assertThat(serial.toString()).isEqualTo(String.format("%016d%016d", high, low));
        assertThat(TradeSerial.parse(serial.toString())).isEqualTo(serial);
        assertThat(pile.toString()).isEqualTo(String.format("%014d", high / 100));
        assertThat(PileNo.parse(pile.toString())).isEqualTo(pile);
    }

    @Example
    void aValueWiderThanItsFieldIsRefused() {
        assertThatThrownBy(() -> Bcd.digits(100, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 decimal digits");
        assertThatThrownBy(() -> Bcd.digits(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
