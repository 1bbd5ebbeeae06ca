package io.chargeway.ykc.message.bms;

/**
 * The 2-bit timeout items of the 0x1B error frame (reference 6.6), named after the GB/T 27930
 * message that timed out. {@link #shift()} is the item's first bit in the 8 status bytes read
 * as one little-endian number (body byte 24 bit 0 = bit 0, byte 28 bit 0 = bit 32): items are
 * packed least-significant first (open point 8).
 */
public enum BmsErrorItem {
    /** BEM: the BMS saw no CRM with SPN2560 = 0x00 (charger identification). */
    CRM_00(0),
    /** BEM: the BMS saw no CRM with SPN2560 = 0xAA (charger identification confirmed). */
    CRM_AA(2),
    /** BEM: the BMS saw no CTS/CML (time sync, charger maximum output). */
    CTS_CML(8),
    /** BEM: the BMS saw no CRO (charger ready). */
    CRO(10),
    /** BEM: the BMS saw no CCS (charger status). */
    CCS(16),
    /** BEM: the BMS saw no CST (charger stop). */
    CST(18),
    /** BEM: the BMS saw no CSD (charger statistics). */
    CSD(24),
    /** CEM: the charger saw no BRM (BMS and vehicle identification). */
    BRM(32),
    /** CEM: the charger saw no BCP (battery parameters). */
    BCP(40),
    /** CEM: the charger saw no BRO (BMS ready). */
    BRO(42),
    /** CEM: the charger saw no BCS (battery charge status). */
    BCS(48),
    /** CEM: the charger saw no BCL (battery charge requirement). */
    BCL(50),
    /** CEM: the charger saw no BST (BMS stop). */
    BST(52),
    /** CEM: the charger saw no BSD (BMS statistics). */
    BSD(56);

    private final int shift;

    BmsErrorItem(int shift) {
        this.shift = shift;
    }

    /** The item's first bit in the 64 status bits (BEM in bits 0-31, CEM in bits 32-63). */
    public int shift() {
        return shift;
    }
}
