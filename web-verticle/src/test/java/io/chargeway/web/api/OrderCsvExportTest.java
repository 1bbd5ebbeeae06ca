package io.chargeway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class OrderCsvExportTest {

    @Test
    void fieldsWithSeparatorsAreQuotedAndFormulasDefused() {
        assertThat(OrderCsvExport.field("plain")).isEqualTo("plain");
        assertThat(OrderCsvExport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(OrderCsvExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(OrderCsvExport.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(OrderCsvExport.field("-12.50")).isEqualTo("-12.50");
    }

    @Test
    void moneyAndEnergyAreWrittenInYuanAndKwhFromIntegers() {
        JsonObject order = new JsonObject().put("orderId", 7).put("amountFen", 1234).put("energyDeciWh", 123_456).put("state", "SETTLED");
        String line = OrderCsvExport.line(order);
        assertThat(line).startsWith("7,").contains(",12.3456,12.34,").contains(",SETTLED,").endsWith("\r\n");
    }
}
