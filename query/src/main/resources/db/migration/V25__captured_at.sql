-- When a device captured an entry offline (the X-Captured-At of its sync), next to when the
-- server recorded it: null for what was entered live, and for entries recorded before.
ALTER TABLE read_model.child_history ADD COLUMN captured_at TIMESTAMPTZ;
