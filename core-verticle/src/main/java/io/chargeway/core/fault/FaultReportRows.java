package io.chargeway.core.fault;

import java.util.ArrayList;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.core.admin.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** The read side of fault reports shared by the driver's and the admin's actions. */
final class FaultReportRows {

    static final String COLUMNS = "SELECT f.id, f.tenant_id AS tenantId, f.member_id AS memberId, f.station_id AS stationId,"
            + " s.name AS stationName, f.pile_no AS pileNo, f.gun_no AS gunNo, f.category, f.description, f.state, f.resolution,"
            + " f.closed_by AS closedBy, f.closed_at AS closedAt, f.created_at AS createdAt,"
            + " (SELECT COUNT(*) FROM fault_report_photos ph WHERE ph.report_id = f.id) AS photoCount"
            + " FROM fault_reports f JOIN stations s ON s.id = f.station_id";

    private FaultReportRows() {
    }

    /**
     * One report with its photos' metadata, if {@code where} (a condition on {@code f}) holds.
     *
     * @return the report; fails with {@code NOT_FOUND} otherwise
     */
    static Future<JsonObject> one(SqlClient client, long reportId, String where, Tuple whereArgs) {
        Tuple args = Tuple.of(reportId);
        for (int i = 0; i < whereArgs.size(); i++) {
            args.addValue(whereArgs.getValue(i));
        }
        return client.preparedQuery(COLUMNS + " WHERE f.id = ? AND " + where).execute(args).compose(rows -> {
            if (!rows.iterator().hasNext()) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no fault report " + reportId));
            }
            JsonObject report = Rows.json(rows.iterator().next(), Set.of());
            return client.preparedQuery("SELECT id, content_type AS contentType, size_bytes AS sizeBytes, created_at AS createdAt"
                            + " FROM fault_report_photos WHERE report_id = ? ORDER BY id").execute(Tuple.of(reportId))
                    .map(photos -> report.put("photos", new JsonArray(new ArrayList<>(Rows.all(photos, Set.of())))));
        });
    }
}
