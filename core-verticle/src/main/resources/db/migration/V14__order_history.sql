-- An order's transitions move into the order row: history is a JSON array of
-- {"from": state or null, "to": state, "cause": text, "at": "yyyy-MM-dd HH:mm:ss.SSS" (UTC)},
-- oldest first. Every state change appends to it in the same UPDATE that changes the state
-- (history assigned before state, so "from" is the old state): a transition is then one
-- statement, atomic with the state, instead of an UPDATE and a separate INSERT.
-- Settlements keep the state their record found the order in (from_state): the settling UPDATE
-- joins two tables, where MySQL does not promise an order of assignments, so its history entry
-- must not read the order's old state.

SET SESSION group_concat_max_len = 1048576;

ALTER TABLE charge_orders ADD COLUMN history JSON NULL COMMENT 'every transition with its time and cause, oldest first'
    AFTER failure_reason;

UPDATE charge_orders o SET o.history = (
    SELECT CONCAT('[', GROUP_CONCAT(JSON_OBJECT('from', t.from_state, 'to', t.to_state, 'cause', t.cause,
                                                'at', CAST(t.created_at AS CHAR)) ORDER BY t.id SEPARATOR ','), ']')
    FROM order_transitions t WHERE t.order_id = o.id);

UPDATE charge_orders SET history = JSON_ARRAY() WHERE history IS NULL;

ALTER TABLE charge_orders MODIFY history JSON NOT NULL COMMENT 'every transition with its time and cause, oldest first';

ALTER TABLE order_settlements ADD COLUMN from_state VARCHAR(16) NOT NULL DEFAULT 'AWAITING_RECORD'
    COMMENT 'the order''s state when its record arrived' AFTER tenant_id;

UPDATE order_settlements s SET s.from_state = COALESCE((
    SELECT t.from_state FROM order_transitions t WHERE t.order_id = s.order_id AND t.to_state = 'SETTLED'
    ORDER BY t.id LIMIT 1), 'AWAITING_RECORD');

DROP TABLE order_transitions;
