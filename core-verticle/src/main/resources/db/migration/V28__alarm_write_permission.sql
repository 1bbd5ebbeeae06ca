-- Acknowledging alarms and closing fault reports needs its own permission; the system roles that
-- run stations get it.

INSERT INTO permissions (code, description) VALUES ('alarm:write', 'acknowledge alarms and close fault reports');

INSERT INTO role_permissions (role_id, permission_code)
SELECT r.id, 'alarm:write' FROM roles r WHERE r.code IN ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'STATION_OWNER');
