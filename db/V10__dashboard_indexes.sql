-- Indexes for the managers' dashboard and the statutory return: each figure reads a date range of one
-- table, or the rows still open at a moment, and joins to the first conversation after a contact.

create index conversation_contact_held_at on conversation (contact_id, held_at);
create index conversation_held_at on conversation (held_at);
create index involvement_ended_at on involvement (ended_at);
create index involvement_contact on involvement (contact_id);
create index crisis_plan_made_at on crisis_plan (made_at);
create index crisis_plan_ended_at on crisis_plan (ended_at);
create index crisis_plan_contact on crisis_plan (contact_id);
create index crisis_check_in_plan_done_at on crisis_check_in (crisis_plan_id, done_at);
create index review_due_date on review (due_date);
create index review_completed_at on review (completed_at);
create index review_plan on review (plan_id);
create index safeguarding_concern_route on safeguarding_concern (route, decided_at);
create index safeguarding_enquiry_concluded_at on safeguarding_enquiry (concluded_at);
create index authorisation_request_requested_at on authorisation_request (requested_at);
create index case_audit_completed_at on case_audit (completed_at);
create index support_plan_person_authorised on support_plan (person_id, authorised_at);
