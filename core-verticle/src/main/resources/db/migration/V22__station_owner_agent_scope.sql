-- Station owners (站长) and agents (代理商) are admin accounts of the station's tenant:
-- stations.owner_id / stations.agent_id hold their admin_users ids. An account holding the
-- STATION_OWNER or AGENT role (and not TENANT_ADMIN) sees and acts on only the stations that name
-- it, and on their piles, orders, alarms and fault reports. These indexes serve that filter.

CREATE INDEX idx_stations_owner ON stations (tenant_id, owner_id);
CREATE INDEX idx_stations_agent ON stations (tenant_id, agent_id);
