-- The earliest review due among a child's open interventions: an overdue review shows on the
-- roster like an overdue visit.
ALTER TABLE read_model.child_file ADD COLUMN next_review_on DATE;
