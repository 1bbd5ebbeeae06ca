package io.chargeway.contract;

/**
 * Every Redis key pattern shared between roles. The edge writes a pile's lease and live state
 * (like a device-connection cache with a lifespan); the core reads the lease to route commands.
 *
 * <ul>
 *   <li>{@code cw:pile:{pileNo}:node}: string, the id of the edge node holding the pile's
 *       connection; set at login with a TTL, renewed while the pile heartbeats, deleted on
 *       disconnect only if it still names this node (a newer connection elsewhere wins).</li>
 *   <li>{@code cw:pile:{pileNo}:online}: hash with {@code nodeId}, {@code remoteAddress},
 *       {@code since} (ISO instant), {@code protocolVersion}, {@code programVersion},
 *       {@code gunCount}, {@code tenantId}, {@code stationId}; same TTL as the lease.</li>
 *   <li>{@code cw:pile:{pileNo}:gun:{gun}}: hash of the latest gun state: {@code status},
 *       {@code plugged}, {@code tradeSerial}, {@code updatedAt} and the live fields of the last
 *       sample; no TTL (status becomes OFFLINE when the pile goes offline).</li>
 *   <li>{@code cw:node:{nodeId}:piles}: set of the pile numbers a node holds.</li>
 * </ul>
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    /** The lease naming the edge node that holds a pile. */
    public static String pileNode(String pileNo) {
        return "cw:pile:" + pileNo + ":node";
    }

    /** The online facts of a pile. */
    public static String pileOnline(String pileNo) {
        return "cw:pile:" + pileNo + ":online";
    }

    /** The live state of one gun. */
    public static String gunState(String pileNo, int gun) {
        return "cw:pile:" + pileNo + ":gun:" + gun;
    }

    /** The set of piles one edge node holds. */
    public static String nodePiles(String nodeId) {
        return "cw:node:" + nodeId + ":piles";
    }
}
