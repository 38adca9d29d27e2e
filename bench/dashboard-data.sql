-- A council's three years for the dashboard benchmark (docs/benchmarks.md, "Dashboard"): 100,000 people,
-- 500,000 contacts, their involvements, conversations, crisis plans and check-ins, long-term plans and
-- reviews, safeguarding concerns and enquiries, funding requests and case audits, worked by 200 workers in
-- 20 teams ("Bench team 1" ... "Bench team 20"). PostgreSQL 13 or later, on a database the application has
-- migrated (start it once against the database, or let the benchmark do it):
--   psql -h 127.0.0.1 -U postgres -d <database> -f bench/dashboard-data.sql
-- Every row is dated relative to now(), so the dashboard's default period (the last 28 days) has data, and
-- each table is written in date order, as a council's tables fill day by day. Run `vacuum analyze` after it
-- (the benchmark does), as autovacuum would in a while.
--
-- Each table another refers to is analyzed as soon as it is filled, inside the transaction (ANALYZE counts the
-- transaction's own rows). A freshly migrated database has no statistics, and without them PostgreSQL checks each
-- reference to a contact by reading the whole of contact_person_decided (db/V116, which ends in the contact's id)
-- instead of the primary key: the insert into involvement then took over ten minutes instead of seconds.

begin;

-- The dashboard's summary (db-postgresql/V135) is counted once at the end, as that migration counts what is
-- already there, instead of row by row by its triggers: cheaper for half a million rows, and it does not depend on
-- plans made while the tables were empty (before db-postgresql/V136 the conversation trigger's plan read the whole
-- of conversation_held_at for every conversation inserted).
alter table contact disable trigger dashboard_contact;
alter table conversation disable trigger dashboard_conversation;
alter table involvement disable trigger dashboard_involvement;

create temp table bench_person as
  select n, gen_random_uuid() as id from generate_series(1, 100000) as g(n);

insert into person (id, given_name, family_name, name_key, created_at)
  select id, 'Given' || n, 'Bench' || n, 'given' || n || 'bench' || n, now() - interval '4 years' from bench_person;
analyze person;

insert into team (id, name, group_id, manager_user_id, service_manager_user_id, created_at)
  select gen_random_uuid(), 'Bench team ' || t, 'team-bench-team-' || t, 'teammanager', 'servicemanager',
    now() - interval '4 years'
  from generate_series(1, 20) as g(t);

insert into team_member (id, team_id, worker_user_id, joined_at)
  select gen_random_uuid(), t.id, 'bench-worker-' || w, now() - interval '4 years'
  from generate_series(1, 200) as g(w) join team t on t.name = 'Bench team ' || (1 + (w - 1) / 10);
analyze team, team_member;

create temp table bench_contact as
  select g.n, gen_random_uuid() as id, p.id as person_id,
    now() - random() * interval '1095 days' as arrived_at,
    (array['SELF', 'CARER_OR_FAMILY', 'PROFESSIONAL', 'OTHER_COUNCIL_TEAM', 'HOSPITAL'])[1 + floor(random() * 5)::int]
      as route,
    random() as r, 'bench-worker-' || (1 + floor(random() * 200)::int) as worker
  from generate_series(1, 500000) as g(n) join bench_person p on p.n = 1 + g.n % 100000;

-- 40% information and advice, 45% new cases, 10% existing cases, 5% not yet decided.
insert into contact (id, process_instance_id, person_id, match_status, arrived_at, recorded_by, given_name,
    family_name, route_of_access, contact_method, presenting_need, consent_to_share, interpreter_needed,
    safeguarding_concern, outcome, allocated_user, outcome_decided_by, outcome_decided_at)
  select id, 'bench-contact-' || n, person_id, 'NEW_PERSON', arrived_at, 'frontdoor', 'Given', 'Bench', route,
    'PHONE', 'Help at home', true, false, false,
    case when r < 0.40 then 'INFORMATION_AND_ADVICE' when r < 0.85 then 'NEW_CASE'
      when r < 0.95 then 'EXISTING_CASE' end,
    case when r >= 0.40 and r < 0.95 then worker end,
    case when r < 0.95 then worker end,
    case when r < 0.95 then arrived_at + interval '2 hours' end
  from bench_contact order by arrived_at;
analyze contact;

create temp table bench_involvement as
  select c.*, gen_random_uuid() as involvement_id, random() as s,
    c.arrived_at + (5 + random() * 55) * interval '1 day' as would_end
  from bench_contact c where c.r >= 0.40 and c.r < 0.85;

-- 70% closed at Let's Talk 1 or 2, 15% open in long-term support, the rest (and any not yet due to end) open.
insert into involvement (id, process_instance_id, person_id, contact_id, status, stage, long_term_support_since,
    started_at, ended_at)
  select involvement_id, 'bench-involvement-' || n, person_id, id,
    case when would_end <= now() and s < 0.70 then 'CLOSED' else 'OPEN' end,
    case when would_end <= now() and s >= 0.70 and s < 0.85 then 'LONG_TERM_SUPPORT' else 'CONVERSATIONS' end,
    case when would_end <= now() and s >= 0.70 and s < 0.85 then would_end end,
    arrived_at, case when would_end <= now() and s < 0.70 then would_end end
  from bench_involvement order by arrived_at;
analyze involvement;

create temp table bench_conversation as
  select i.*, gen_random_uuid() as lt1_id, gen_random_uuid() as lt2_id,
    i.arrived_at + random() * interval '10 days' as lt1_at
  from bench_involvement i;
delete from bench_conversation where lt1_at > now();

insert into conversation (id, task_id, process_instance_id, involvement_id, person_id, contact_id, conversation_type,
    held_by, held_at, presenting_needs, relevant_circumstances, wellbeing_and_outcomes, strengths_personal,
    strengths_network, strengths_community, agreed_actions, participation, advocate, carer_present, outcome)
  select lt1_id, 'bench-lt1-' || n, 'bench-involvement-' || n, involvement_id, person_id, id, 'LT1', worker, lt1_at,
    'needs', 'circumstances', 'wellbeing', 'personal', 'network', 'community', 'actions', 'TOOK_PART', 'NONE', false,
    case when s >= 0.55 and s < 0.75 then 'LT2' when s >= 0.70 and s < 0.85 then 'LT3' else 'NO_ONGOING_NEED' end
  from bench_conversation order by lt1_at;
analyze conversation;

-- A crisis (Let's Talk 2) for a fifth of the new cases, two days after the first conversation.
delete from bench_conversation where not (s >= 0.55 and s < 0.75) or lt1_at + interval '2 days' > now();
insert into conversation (id, task_id, process_instance_id, involvement_id, person_id, contact_id, conversation_type,
    held_by, held_at, presenting_needs, relevant_circumstances, wellbeing_and_outcomes, strengths_personal,
    strengths_network, strengths_community, agreed_actions, participation, advocate, carer_present, today_and_tomorrow)
  select lt2_id, 'bench-lt2-' || n, 'bench-involvement-' || n, involvement_id, person_id, id, 'LT2', worker,
    lt1_at + interval '2 days', 'needs', 'circumstances', 'wellbeing', 'personal', 'network', 'community', 'actions',
    'TOOK_PART', 'NONE', false, 'safe tonight'
  from bench_conversation order by lt1_at;
analyze conversation;

create temp table bench_crisis as
  select c.*, gen_random_uuid() as plan_id, c.lt1_at + interval '2 days' as made_at,
    c.lt1_at + interval '2 days' + (7 + random() * 49) * interval '1 day' as plan_end
  from bench_conversation c;

insert into crisis_plan (id, task_id, conversation_id, person_id, contact_id, made_by, made_at, starts_on, ends_on,
    status, ended_at, ended_by)
  select plan_id, 'bench-plan-' || n, lt2_id, person_id, id, worker, made_at, cast(made_at as date),
    cast(plan_end as date), case when plan_end <= now() then 'REVIEWED' else 'ACTIVE' end,
    case when plan_end <= now() then plan_end end, case when plan_end <= now() then worker end
  from bench_crisis order by bench_crisis.made_at;
analyze crisis_plan;

insert into crisis_check_in (id, task_id, crisis_plan_id, person_id, done_by, done_at, plan_working, notes)
  select gen_random_uuid(), 'bench-check-in-' || k || '-' || n, plan_id, person_id, worker,
    made_at + k * interval '2 days', true, 'going well'
  from bench_crisis cross join generate_series(1, 2) as g(k)
  where made_at + k * interval '2 days' < least(now(), plan_end)
  order by made_at + k * interval '2 days';

create temp table bench_plan as
  select i.*, gen_random_uuid() as plan_id, i.would_end as authorised_at,
    row_number() over (partition by i.person_id order by i.would_end desc) = 1 as latest
  from bench_involvement i where i.would_end <= now() and i.s >= 0.70 and i.s < 0.85;

-- One plan in force per person: the latest; earlier ones were superseded.
insert into support_plan (id, series_id, person_id, plan_type, status, delivery, weekly_cost, allocated_worker, team,
    created_at, authorised_at, superseded_at, in_force_person_id, in_force_kind)
  select plan_id, plan_id, person_id, 'CARE_AND_SUPPORT', case when latest then 'ACTIVE' else 'SUPERSEDED' end,
    'DIRECT_PAYMENT', 100 + floor(random() * 700), worker, 'practitioners', authorised_at - interval '3 days',
    authorised_at, case when not latest then authorised_at + interval '30 days' end,
    case when latest then person_id end, case when latest then 'ADULT' end
  from bench_plan order by authorised_at;
analyze support_plan;

-- The first review eight weeks in, then yearly; most of those already due are done.
insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at, completed_at,
    completed_by, outcome)
  select gen_random_uuid(), plan_id, person_id, k, case when k = 1 then 'FIRST' else 'SCHEDULED' end, due,
    due - interval '28 days', authorised_at,
    case when due < now() and done < 0.85 then due + (random() * 10 - 5) * interval '1 day' end,
    case when due < now() and done < 0.85 then worker end,
    case when due < now() and done < 0.85 then
      (array['NO_CHANGE', 'UPDATE_PLAN', 'REASSESSMENT', 'END_PLAN'])[1 + floor(random() * 4)::int] end
  from (
    select b.*, k, random() as done,
      b.authorised_at + case when k = 1 then interval '8 weeks' else (k - 1) * interval '1 year' end as due
    from bench_plan b cross join generate_series(1, 3) as g(k)
  ) r
  order by due;

create temp table bench_concern as
  select g.n, gen_random_uuid() as id, p.id as person_id, now() - random() * interval '1095 days' as raised_at,
    random() as r, random() as route, 'bench-worker-' || (1 + floor(random() * 200)::int) as worker
  from generate_series(1, 20000) as g(n) join bench_person p on p.n = 1 + (g.n * 7) % 100000;

insert into safeguarding_concern (id, process_instance_id, person_id, person_name, raised_in, raised_by, raised_at,
    description, immediate_danger, decision_due_at, decided_at, decided_in_time, route, decided_by)
  select id, 'bench-concern-' || n, person_id, 'Given Bench', 'EXTERNAL', worker, raised_at, 'worried', false,
    raised_at + interval '2 days', decided, decided <= raised_at + interval '2 days',
    case when decided is null then null when route < 0.3 then 'S42_ENQUIRY' when route < 0.7 then 'LETS_TALK_2'
      else 'NO_FURTHER_ACTION' end,
    case when decided is not null then 'safeguarding' end
  from (select c.*, case when raised_at + r * interval '3 days' <= now() then raised_at + r * interval '3 days' end
          as decided
        from bench_concern c) d
  order by raised_at;
analyze safeguarding_concern;

insert into safeguarding_enquiry (id, concern_id, meeting_kind, meeting_held_on, meeting_notes, outcomes_person_wants,
    discussion_recorded_at, concluded_at, msp_outcome, risk_outcome)
  select gen_random_uuid(), id, 'ENQUIRY_DISCUSSION', cast(decided_at as date), 'met', 'to feel safe', decided_at,
    case when ends <= now() then ends end,
    case when ends <= now() then (array['YES', 'PARTLY', 'NO'])[1 + floor(random() * 3)::int] end,
    case when ends <= now() then 'REDUCED' end
  from (select s.*, s.decided_at + (10 + random() * 80) * interval '1 day' as ends
        from safeguarding_concern s where s.route = 'S42_ENQUIRY' and s.process_instance_id like 'bench-%') e
  order by e.decided_at;

insert into authorisation_request (id, process_instance_id, request_type, person_id, requested_by, requested_at,
    weekly_cost, residential, summary, level, status, decided_by, decided_at, decided_at_level)
  select gen_random_uuid(), 'bench-request-' || n, type, person_id, worker, requested_at,
    case when type <> 'LT2_SPEND' then 50 + floor(random() * 750) end, false, 'asked', level,
    case when decided is null then 'PENDING' when r < 0.75 then 'APPROVED' when r < 0.9 then 'DECLINED'
      else 'RETURNED' end,
    case when decided is not null then 'teammanager' end, decided, case when decided is not null then level end
  from (
    select g.n, p.id as person_id, random() as r, now() - random() * interval '1095 days' as requested_at,
      'bench-worker-' || (1 + floor(random() * 200)::int) as worker,
      (array['LT2_SPEND', 'LT3_SUPPORT_PLAN', 'LT1_FUNDING_CHANGE', 'REVIEW_PLAN_CHANGE', 'CLOSURE'])
        [1 + floor(random() * 5)::int] as type,
      (array['TEAM_MANAGER', 'SERVICE_MANAGER', 'PANEL'])[1 + floor(random() * 3)::int] as level
    from generate_series(1, 60000) as g(n) join bench_person p on p.n = 1 + (g.n * 13) % 100000
  ) a
  cross join lateral (select case when a.requested_at + a.r * interval '10 days' <= now()
                                   then a.requested_at + a.r * interval '10 days' end as decided) d
  order by requested_at;

insert into audit_round (id, process_instance_id, audit_month, started_at)
  select gen_random_uuid(), 'bench-round-' || m, cast(date_trunc('month', now()) - m * interval '1 month' as date),
    date_trunc('month', now()) - m * interval '1 month'
  from generate_series(0, 35) as g(m);
analyze audit_round;

insert into case_audit (id, round_id, auditor, person_id, worker, team_id, team_manager, wellbeing, keeping_safe,
    proportionality, partnership, accountability, prevention, informal_carers, support_planning, overall_grade,
    completed_at)
  select gen_random_uuid(), r.id, 'processowner', p.id, m.worker_user_id, m.team_id, 'teammanager',
    grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int],
    grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int],
    grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int], grades[1 + floor(random() * 5)::int],
    least(now(), r.started_at + random() * interval '27 days')
  from audit_round r
  cross join generate_series(1, 60) as g(k)
  join bench_person p on p.n = 1 + (k * 1637 + extract(month from r.audit_month)::int * 97) % 100000
  join team_member m on m.worker_user_id = 'bench-worker-' || (1 + k % 200)
  cross join (select array['EXCELLENT', 'GOOD', 'ADEQUATE', 'POOR', 'UNACCEPTABLE'] as grades) gr
  where r.process_instance_id like 'bench-round-%';

alter table contact enable trigger dashboard_contact;
alter table conversation enable trigger dashboard_conversation;
alter table involvement enable trigger dashboard_involvement;

-- The summary of everything, counted once, as db-postgresql/V135 counts what is already there.
delete from dashboard_day;
delete from dashboard_first_conversation;

insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONTACTS', cast(c.arrived_at as date), c.route_of_access, coalesce(c.outcome, 'UNDECIDED'),
  coalesce(c.allocated_user, c.outcome_decided_by, ''), count(*)
from contact c where c.arrived_at is not null
group by 2, 3, 4, 5;

insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONVERSATIONS', cast(v.held_at as date), v.conversation_type, coalesce(v.outcome, 'NOT_YET_DECIDED'),
  coalesce(v.held_by, ''), count(*)
from conversation v where v.held_at is not null
group by 2, 3, 4, 5;

insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONCLUDED_INVOLVEMENTS', cast(coalesce(i.long_term_support_since, i.ended_at) as date),
  case when i.long_term_support_since is not null then 'LONG_TERM_SUPPORT' else 'MET_WITHOUT_LONG_TERM_SUPPORT' end,
  '', coalesce(c.allocated_user, c.outcome_decided_by, ''), count(*)
from involvement i left join contact c on c.id = i.contact_id
where (i.long_term_support_since is not null or i.status = 'CLOSED')
  and coalesce(i.long_term_support_since, i.ended_at) is not null
group by 2, 3, 4, 5;

insert into dashboard_first_conversation (contact_id, person_id, name, arrived_at, worker, first_at)
select c.id, c.person_id, c.given_name || ' ' || c.family_name, c.arrived_at,
  coalesce(c.allocated_user, c.outcome_decided_by), f.first_at
from contact c
left join (select v.contact_id, min(v.held_at) as first_at from conversation v group by v.contact_id) f
  on f.contact_id = c.id
where c.outcome = 'NEW_CASE';

commit;

analyze;
