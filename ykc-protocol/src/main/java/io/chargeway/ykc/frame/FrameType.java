package io.chargeway.ykc.frame;

import static io.chargeway.ykc.frame.Direction.PILE_TO_PLATFORM;
import static io.chargeway.ykc.frame.Direction.PLATFORM_TO_PILE;

import java.util.HexFormat;

/**
 * Every frame type of YKC V1.6 (protocol reference section 3) plus the 0xF0/0xF1 QR-code
 * extension (section 13), with direction and body size.
 *
 * <p>Lookup by wire code is checked: {@link #fromCode(int)} returns {@code null} only through
 * {@link #find(int)}; the decoder reports unknown codes as {@link RejectReason#UNKNOWN_TYPE}.
 */
public enum FrameType {
    LOGIN_REQUEST(0x01, PILE_TO_PLATFORM, 30, "充电桩登录认证", "Login request"),
    LOGIN_RESPONSE(0x02, PLATFORM_TO_PILE, 8, "登录认证应答", "Login response"),
    HEARTBEAT(0x03, PILE_TO_PLATFORM, 9, "充电桩心跳包", "Heartbeat"),
    HEARTBEAT_RESPONSE(0x04, PLATFORM_TO_PILE, 9, "心跳包应答", "Heartbeat response"),
    BILLING_MODEL_CHECK(0x05, PILE_TO_PLATFORM, 9, "计费模型验证请求", "Billing-model verification request"),
    BILLING_MODEL_CHECK_RESPONSE(0x06, PLATFORM_TO_PILE, 10, "计费模型验证请求应答", "Billing-model verification response"),
    BILLING_MODEL_REQUEST(0x09, PILE_TO_PLATFORM, 7, "充电桩计费模型请求", "Billing-model request"),
    BILLING_MODEL_RESPONSE(0x0A, PLATFORM_TO_PILE, 90, "计费模型请求应答", "Billing-model response"),
    READ_REALTIME_DATA(0x12, PLATFORM_TO_PILE, 8, "读取实时监测数据", "Read real-time data"),
    REALTIME_DATA(0x13, PILE_TO_PLATFORM, 60, "上传实时监测数据", "Real-time monitoring data"),
    BMS_HANDSHAKE(0x15, PILE_TO_PLATFORM, 73, "充电握手", "Charge handshake (BMS)"),
    BMS_PARAMETERS(0x17, PILE_TO_PLATFORM, 45, "参数配置", "Parameter configuration (BMS)"),
    BMS_CHARGE_END(0x19, PILE_TO_PLATFORM, 39, "充电结束", "Charge end (BMS)"),
    BMS_ERROR(0x1B, PILE_TO_PLATFORM, 32, "错误报文", "Error message (BMS)"),
    BMS_STOP(0x1D, PILE_TO_PLATFORM, 28, "充电阶段BMS中止", "BMS stop during charging"),
    CHARGER_STOP(0x21, PILE_TO_PLATFORM, 28, "充电阶段充电机中止", "Charger stop during charging"),
    BMS_DEMAND(0x23, PILE_TO_PLATFORM, 44, "充电过程BMS需求、充电机输出", "BMS demand and charger output"),
    BMS_INFO(0x25, PILE_TO_PLATFORM, 31, "充电过程BMS信息", "BMS information"),
    PILE_START_REQUEST(0x31, PILE_TO_PLATFORM, 51, "充电桩主动申请启动充电", "Pile-initiated start request"),
    PILE_START_CONFIRM(0x32, PLATFORM_TO_PILE, 38, "运营平台确认启动充电", "Platform start confirmation"),
    REMOTE_START_REPLY(0x33, PILE_TO_PLATFORM, 26, "远程启机命令回复", "Remote start reply"),
    REMOTE_START(0x34, PLATFORM_TO_PILE, 44, "运营平台远程控制启机", "Remote start command"),
    REMOTE_STOP_REPLY(0x35, PILE_TO_PLATFORM, 10, "远程停机命令回复", "Remote stop reply"),
    REMOTE_STOP(0x36, PLATFORM_TO_PILE, 8, "运营平台远程停机", "Remote stop command"),
    TRANSACTION_RECORD(0x3B, PILE_TO_PLATFORM, 158, "交易记录", "Transaction record"),
    TRANSACTION_CONFIRM(0x40, PLATFORM_TO_PILE, 17, "交易记录确认", "Transaction record confirmation"),
    BALANCE_UPDATE_REPLY(0x41, PILE_TO_PLATFORM, 16, "余额更新应答", "Balance update reply"),
    BALANCE_UPDATE(0x42, PLATFORM_TO_PILE, 20, "远程账户余额更新", "Remote balance update"),
    OFFLINE_CARD_SYNC_REPLY(0x43, PILE_TO_PLATFORM, 9, "离线卡数据同步应答", "Offline card sync reply"),
    OFFLINE_CARD_SYNC(0x44, PLATFORM_TO_PILE, -1, "离线卡数据同步", "Offline card sync"),
    OFFLINE_CARD_CLEAR_REPLY(0x45, PILE_TO_PLATFORM, -1, "离线卡数据清除应答", "Offline card clear reply"),
    OFFLINE_CARD_CLEAR(0x46, PLATFORM_TO_PILE, -1, "离线卡数据清除", "Offline card clear"),
    OFFLINE_CARD_QUERY_REPLY(0x47, PILE_TO_PLATFORM, -1, "离线卡数据查询应答", "Offline card query reply"),
    OFFLINE_CARD_QUERY(0x48, PLATFORM_TO_PILE, -1, "离线卡数据查询", "Offline card query"),
    WORK_PARAMETER_REPLY(0x51, PILE_TO_PLATFORM, 8, "充电桩工作参数设置应答", "Work parameter setting reply"),
    WORK_PARAMETER_SETTING(0x52, PLATFORM_TO_PILE, 9, "充电桩工作参数设置", "Work parameter setting"),
    TIME_SYNC_REPLY(0x55, PILE_TO_PLATFORM, 14, "对时设置应答", "Time sync reply"),
    TIME_SYNC(0x56, PLATFORM_TO_PILE, 14, "对时设置", "Time sync"),
    BILLING_MODEL_SETTING_REPLY(0x57, PILE_TO_PLATFORM, 8, "计费模型应答", "Billing-model setting reply"),
    BILLING_MODEL_SETTING(0x58, PLATFORM_TO_PILE, 90, "计费模型设置", "Billing-model setting"),
    GROUND_LOCK_STATUS(0x61, PILE_TO_PLATFORM, 16, "地锁数据上送", "Ground-lock status"),
    GROUND_LOCK_COMMAND(0x62, PLATFORM_TO_PILE, 13, "遥控地锁升锁与降锁命令", "Ground-lock raise/lower command"),
    GROUND_LOCK_REPLY(0x63, PILE_TO_PLATFORM, 13, "充电桩返回数据", "Ground-lock command reply"),
    REBOOT_REPLY(0x91, PILE_TO_PLATFORM, 8, "远程重启应答", "Remote reboot reply"),
    REBOOT(0x92, PLATFORM_TO_PILE, 8, "远程重启", "Remote reboot"),
    FIRMWARE_UPDATE_REPLY(0x93, PILE_TO_PLATFORM, 8, "远程更新应答", "Remote update reply"),
    FIRMWARE_UPDATE(0x94, PLATFORM_TO_PILE, 94, "远程更新", "Remote update"),
    PARALLEL_START_REQUEST(0xA1, PILE_TO_PLATFORM, 58, "充电桩主动申请并充充电", "Pile-initiated parallel start request"),
    PARALLEL_START_CONFIRM(0xA2, PLATFORM_TO_PILE, 44, "运营平台确认并充启动充电", "Platform parallel start confirmation"),
    PARALLEL_START_REPLY(0xA3, PILE_TO_PLATFORM, 33, "远程并充启机命令回复", "Remote parallel start reply"),
    PARALLEL_START(0xA4, PLATFORM_TO_PILE, 50, "运营平台远程控制并充启机", "Remote parallel start command"),
    QR_CODE_SETTING(0xF0, PLATFORM_TO_PILE, -1, "二维码前缀下发", "QR-code prefix download (extension)"),
    QR_CODE_SETTING_REPLY(0xF1, PILE_TO_PLATFORM, 8, "二维码前缀下发应答", "QR-code prefix reply (extension)");

    /** Marks a type whose body length depends on a count inside the body. */
    public static final int VARIABLE = -1;

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;
    private final Direction direction;
    private final int bodyLength;
    private final String chineseName;
    private final String englishName;

    FrameType(int code, Direction direction, int bodyLength, String chineseName, String englishName) {
        this.code = code;
        this.direction = direction;
        this.bodyLength = bodyLength;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The type byte on the wire. */
    public int code() {
        return code;
    }

    /** Who sends this type. */
    public Direction direction() {
        return direction;
    }

    /** The fixed body length in bytes, or {@link #VARIABLE}. */
    public int bodyLength() {
        return bodyLength;
    }

    /** Whether the body length is fixed by the layout. */
    public boolean hasFixedLength() {
        return bodyLength != VARIABLE;
    }

    /** The name used in the V1.6 document. */
    public String chineseName() {
        return chineseName;
    }

    /** The English name used in logs and tools. */
    public String englishName() {
        return englishName;
    }

    /** The code as {@code 0x3B}. */
    public String hex() {
        return "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) code);
    }

    /**
     * Finds the type for a wire code.
     *
     * @return the type, or {@code null} if the code is not defined
     */
    public static FrameType find(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * Checked lookup of a wire code.
     *
     * @throws IllegalArgumentException if the code is not a YKC V1.6 frame type
     */
    public static FrameType fromCode(int code) {
        FrameType type = find(code);
        if (type == null) {
            throw new IllegalArgumentException(String.format("unknown YKC frame type 0x%02X", code));
        }
        return type;
    }

    /**
     * Parses {@code 0x3B}, {@code 3B} (two hex digits) or the constant name
     * {@code TRANSACTION_RECORD}.
     *
     * @throws IllegalArgumentException if nothing matches
     */
    public static FrameType parse(String text) {
        String t = text.trim();
        if (t.regionMatches(true, 0, "0x", 0, 2)) {
            return fromCode(Integer.parseInt(t.substring(2), 16));
        }
        for (FrameType type : values()) {
            if (type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        if (t.matches("[0-9A-Fa-f]{2}")) {
            return fromCode(Integer.parseInt(t, 16));
        }
        throw new IllegalArgumentException("unknown YKC frame type '" + text + "'; use a code like 0x3B or a name like TRANSACTION_RECORD");
    }
}
