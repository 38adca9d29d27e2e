-- One person with 500 entries in their chronology, among the 100,000 people of bench/dashboard-data.sql, for the
-- record benchmark (docs/benchmarks.md, "The person's record"): 100 contacts with their decisions, 100 case notes,
-- 60 conversations, 40 recorded decisions, 20 crisis plans made and ended, 20 authorisation requests asked and
-- decided, and a plan in force in its tenth version with ten reviews done. The person's name is "Busy Bench".

begin;

create temp table busy as select gen_random_uuid() as id, gen_random_uuid() as involvement_id,
  gen_random_uuid() as plan_series;

insert into person (id, given_name, family_name, name_key, created_at)
  select id, 'Busy', 'Bench', 'busybench', now() - interval '3 years' from busy;

create temp table busy_contact as
  select n, gen_random_uuid() as id, now() - (n * interval '10 days') as arrived_at from generate_series(1, 100) g(n);
insert into contact (id, process_instance_id, person_id, match_status, arrived_at, recorded_by, given_name, family_name,
    route_of_access, contact_method, presenting_need, consent_to_share, interpreter_needed, safeguarding_concern,
    outcome, outcome_reason, allocated_user, outcome_decided_by, outcome_decided_at)
  select c.id, 'busy-contact-' || n, b.id, 'NEW_PERSON', arrived_at, 'frontdoor', 'Busy', 'Bench', 'SELF', 'PHONE',
    'Help at home, contact ' || n, true, false, false, 'EXISTING_CASE', 'Linked to the case', 'practitioner',
    'frontdoor', arrived_at + interval '1 hour'
  from busy_contact c, busy b order by arrived_at;

insert into involvement (id, process_instance_id, person_id, open_person_id, contact_id, status, stage, started_at,
    long_term_support_since)
  select b.involvement_id, 'busy-involvement', b.id, b.id, (select id from busy_contact where n = 100), 'OPEN',
    'LONG_TERM_SUPPORT', now() - interval '1000 days', now() - interval '900 days'
  from busy b;

insert into case_note (id, note_id, note_version, person_id, note_date, kind, category, note_text, written_by,
    written_at)
  select gen_random_uuid(), gen_random_uuid(), 1, b.id, (now() - n * interval '9 days')::date, 'VISIT',
    'VERIFIED_FACT', 'Visit ' || n || ': all well', 'practitioner', now() - n * interval '9 days'
  from generate_series(1, 100) g(n), busy b;

insert into conversation (id, task_id, process_instance_id, involvement_id, person_id, conversation_type, held_by,
    held_at, presenting_needs, relevant_circumstances, wellbeing_and_outcomes, strengths_personal, strengths_network,
    strengths_community, agreed_actions, participation, advocate, carer_present, outcome, outcome_rationale)
  select gen_random_uuid(), 'busy-lt1-' || n, 'busy-involvement', b.involvement_id, b.id, 'LT1', 'practitioner',
    now() - n * interval '15 days', 'needs', 'circumstances', 'wellbeing', 'personal', 'network', 'community',
    'actions', 'TOOK_PART', 'NONE', false, 'LT1', 'Keep in touch'
  from generate_series(1, 60) g(n), busy b;

insert into decision (id, task_id, person_id, involvement_id, kind, decided_by, decided_at, what, rationale)
  select gen_random_uuid(), 'busy-decision-' || n, b.id, b.involvement_id, 'CLOSURE', 'teammanager',
    now() - n * interval '20 days', 'Decision ' || n, 'Because'
  from generate_series(1, 40) g(n), busy b;

create temp table busy_crisis as
  select n, gen_random_uuid() as id, now() - n * interval '40 days' as made_at
  from generate_series(1, 20) g(n);
insert into crisis_plan (id, task_id, conversation_id, person_id, made_by, made_at, starts_on, ends_on, status,
    ended_at, ended_by, end_reason)
  select c.id, 'busy-crisis-' || n, (select id from conversation where task_id = 'busy-lt1-1'), b.id, 'practitioner',
    made_at, made_at::date, made_at::date + 14, 'REVIEWED', made_at + interval '14 days', 'practitioner', 'Settled'
  from busy_crisis c, busy b;

insert into authorisation_request (id, process_instance_id, request_type, person_id, requested_by, requested_at,
    weekly_cost, residential, summary, level, status, decided_by, decided_at, decided_at_level, reason)
  select gen_random_uuid(), 'busy-authorisation-' || n, 'REVIEW_PLAN_CHANGE', b.id, 'practitioner',
    now() - n * interval '30 days', 100 + n, false, 'New weekly cost', 'TEAM_MANAGER', 'APPROVED', 'teammanager',
    now() - n * interval '30 days' + interval '1 day', 'TEAM_MANAGER', 'Proportionate'
  from generate_series(1, 20) g(n), busy b;

-- The plan: nine superseded versions and the tenth in force, each authorised; one review after each version.
insert into support_plan (id, series_id, person_id, plan_type, status, delivery, weekly_cost, allocated_worker, team,
    created_at, authorised_at, version_no, authorised_by, superseded_at, in_force_person_id, in_force_kind)
  select case when v = 1 then b.plan_series else gen_random_uuid() end, b.plan_series, b.id, 'CARE_AND_SUPPORT',
    case when v = 10 then 'ACTIVE' else 'SUPERSEDED' end, 'DIRECT_PAYMENT', 100 + v, 'practitioner', 'practitioners',
    now() - (1000 - v * 80) * interval '1 day', now() - (990 - v * 80) * interval '1 day', v, 'teammanager',
    case when v = 10 then null else now() - (990 - (v + 1) * 80) * interval '1 day' end,
    case when v = 10 then b.id end, case when v = 10 then 'ADULT' end
  from generate_series(1, 10) g(v), busy b;

insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at, completed_at,
    completed_by, outcome, findings, person_took_part)
  select gen_random_uuid(), b.plan_series, b.id, r, case when r = 1 then 'FIRST' else 'SCHEDULED' end,
    now() - (960 - r * 80) * interval '1 day', now() - (970 - r * 80) * interval '1 day',
    now() - (990 - r * 80) * interval '1 day', now() - (961 - r * 80) * interval '1 day', 'practitioner',
    'UPDATE_PLAN', 'Needs changed', true
  from generate_series(1, 9) g(r), busy b;
insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at)
  select gen_random_uuid(), b.plan_series, b.id, 10, 'SCHEDULED', now() + interval '60 days', now() + interval '50 days',
    now() - interval '150 days'
  from busy b;

commit;
