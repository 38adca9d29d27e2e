package org.letstalk.dashboard;

/**
 * The rows behind each figure on the dashboard, read from the domain tables. Every query gives the same columns,
 * so one piece of code counts them and lists the cases behind a count: {@code person_id}, {@code name},
 * {@code at} (the moment the row is dated by), {@code k1} and {@code k2} (what it is counted by), {@code v} (days,
 * where a figure measures time), {@code amount} (money) and {@code worker} (whose team it counts for).
 * Parameters: {@code :from} and {@code :to} (the period, to excluded), {@code :asOf} (the moment open things are
 * counted at), {@code :dueBy} (30 days after it) and {@code :checkInBy} (a crisis check-in older than this is overdue).
 */
public enum Figure {

  /** Contacts arriving in the period by route of access and outcome; the case is the allocated worker's. */
  CONTACTS("Contacts", """
      select c.person_id, c.given_name || ' ' || c.family_name as name, c.arrived_at as at,
        c.route_of_access as k1, coalesce(c.outcome, 'UNDECIDED') as k2, cast(null as numeric) as v,
        cast(null as numeric) as amount, coalesce(c.allocated_user, c.outcome_decided_by) as worker
      from contact c
      where c.arrived_at >= :from and c.arrived_at < :to
      """),

  /** Conversations held in the period by type and what followed. */
  CONVERSATIONS("Conversations", """
      select v.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = v.person_id) as name, v.held_at as at,
        v.conversation_type as k1, coalesce(v.outcome, 'NOT_YET_DECIDED') as k2, cast(null as numeric) as v,
        cast(null as numeric) as amount, v.held_by as worker
      from conversation v
      where v.held_at >= :from and v.held_at < :to
      """),

  /**
   * Cases whose conversations concluded in the period: closed at Let's Talk 1 or 2, or moved to long-term support
   * (the case stays open then; the day it moved counts).
   */
  CONCLUDED_INVOLVEMENTS("Involvements concluded", """
      select i.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = i.person_id) as name,
        coalesce(i.long_term_support_since, i.ended_at) as at,
        case when i.long_term_support_since is not null then 'LONG_TERM_SUPPORT' else 'MET_WITHOUT_LONG_TERM_SUPPORT' end
          as k1, cast(null as varchar(40)) as k2, cast(null as numeric) as v, cast(null as numeric) as amount,
        (select coalesce(c.allocated_user, c.outcome_decided_by) from contact c where c.id = i.contact_id) as worker
      from involvement i
      where coalesce(i.long_term_support_since, i.ended_at) >= :from
        and coalesce(i.long_term_support_since, i.ended_at) < :to
        and (i.long_term_support_since is not null or i.status = 'CLOSED')
      """),

  /** New cases from contacts in the period: days to the first conversation, or still waiting as at the end. */
  FIRST_CONVERSATION("Days from contact to first conversation", """
      select f.person_id, f.name, f.at, case when f.first_at is null then 'WAITING' else 'SEEN' end as k1,
        cast(null as varchar(40)) as k2,
        (extract(epoch from f.first_at) - extract(epoch from f.at)) / 86400.0 as v,
        cast(null as numeric) as amount, f.worker
      from (
        select c.person_id, c.given_name || ' ' || c.family_name as name, c.arrived_at as at,
          coalesce(c.allocated_user, c.outcome_decided_by) as worker, first.first_at
        from contact c
        left join (
          -- A first conversation comes after its contact, so only conversations from the period's start count.
          select v.contact_id, min(v.held_at) as first_at from conversation v
          where v.held_at >= :from and v.held_at < :asOf and v.contact_id is not null
          group by v.contact_id
        ) first on first.contact_id = c.id
        where c.arrived_at >= :from and c.arrived_at < :to and c.outcome = 'NEW_CASE'
      ) f
      """),

  /** Crisis plans open as at the end of the period, by how many days each has run. */
  OPEN_CRISIS_PLANS("Open crisis plans", """
      select o.person_id, o.name, o.at, 'OPEN' as k1,
        case when o.v < 8 then '0-7 days' when o.v < 15 then '8-14 days' when o.v < 29 then '15-28 days'
          when o.v < 57 then '29-56 days' else 'over 56 days' end as k2,
        o.v, cast(null as numeric) as amount, o.worker
      from (
        select cp.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = cp.person_id) as name, cp.made_at as at,
          (extract(epoch from cast(:asOf as timestamp with time zone)) - extract(epoch from cp.made_at)) / 86400.0
            as v, cp.made_by as worker
        from crisis_plan cp
        where cp.made_at < :asOf and (cp.ended_at is null or cp.ended_at > :asOf)
      ) o
      """),

  /** Open crisis plans whose last check-in (or the plan itself) is older than the interval and its grace. */
  CHECK_INS_OVERDUE("Crisis check-ins overdue", """
      select o.person_id, o.name, o.last_at as at, 'OVERDUE' as k1, cast(null as varchar(40)) as k2,
        (extract(epoch from cast(:asOf as timestamp with time zone)) - extract(epoch from o.last_at)) / 86400.0 as v,
        cast(null as numeric) as amount, o.worker
      from (
        select cp.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = cp.person_id) as name, cp.made_by as worker,
          coalesce((select max(ci.done_at) from crisis_check_in ci
                    where ci.crisis_plan_id = cp.id and ci.done_at <= :asOf), cp.made_at) as last_at
        from crisis_plan cp
        where cp.made_at < :asOf and (cp.ended_at is null or cp.ended_at > :asOf)
      ) o
      where o.last_at < :checkInBy
      """),

  /** Reviews not done as at the end of the period and due within the 30 days after it. */
  REVIEWS_DUE("Reviews due in the next 30 days", """
      select r.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = r.person_id) as name, r.due_date as at, r.kind as k1,
        cast(null as varchar(40)) as k2, cast(null as numeric) as v, cast(null as numeric) as amount,
        (select sp.allocated_worker from support_plan sp where sp.id = r.plan_id) as worker
      from review r
      where r.due_date > :asOf and r.due_date <= :dueBy and (r.completed_at is null or r.completed_at > :asOf)
      """),

  /** Reviews done in the period by outcome and kind. */
  REVIEWS_DONE("Reviews done", """
      select r.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = r.person_id) as name, r.completed_at as at, r.outcome as k1,
        r.kind as k2, cast(null as numeric) as v, cast(null as numeric) as amount,
        (select sp.allocated_worker from support_plan sp where sp.id = r.plan_id) as worker
      from review r
      where r.completed_at >= :from and r.completed_at < :to
      """),

  /** Reviews past their due date and not done as at the end of the period; v is the days overdue. */
  REVIEWS_OVERDUE("Reviews overdue", """
      select r.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = r.person_id) as name, r.due_date as at, r.kind as k1,
        cast(null as varchar(40)) as k2,
        (extract(epoch from cast(:asOf as timestamp with time zone)) - extract(epoch from r.due_date)) / 86400.0 as v,
        cast(null as numeric) as amount,
        (select sp.allocated_worker from support_plan sp where sp.id = r.plan_id) as worker
      from review r
      where r.due_date <= :asOf and (r.completed_at is null or r.completed_at > :asOf)
      """),

  /** Safeguarding concerns raised in the period: decided in time, late, overdue or pending; and the route. */
  SAFEGUARDING_CONCERNS("Safeguarding concerns", """
      select s.person_id, s.person_name as name, s.raised_at as at,
        case when s.decided_at is not null and s.decided_in_time then 'IN_TIME'
          when s.decided_at is not null then 'LATE'
          when s.decision_due_at < :asOf then 'OVERDUE' else 'PENDING' end as k1,
        coalesce(s.route, 'UNDECIDED') as k2, cast(null as numeric) as v, cast(null as numeric) as amount,
        s.raised_by as worker
      from safeguarding_concern s
      where s.raised_at >= :from and s.raised_at < :to
      """),

  /** Section 42 enquiries open as at the end of the period; v is the days since the s42 decision. */
  OPEN_S42_ENQUIRIES("Open s42 enquiries", """
      select s.person_id, s.person_name as name, s.decided_at as at, 'OPEN' as k1, cast(null as varchar(40)) as k2,
        (extract(epoch from cast(:asOf as timestamp with time zone)) - extract(epoch from s.decided_at)) / 86400.0
          as v, cast(null as numeric) as amount, s.raised_by as worker
      from safeguarding_concern s left join safeguarding_enquiry e on e.concern_id = s.id
      where s.route = 'S42_ENQUIRY' and s.decided_at <= :asOf and (e.concluded_at is null or e.concluded_at > :asOf)
      """),

  /** Enquiries concluded in the period by Making Safeguarding Personal outcome and risk outcome. */
  MSP_OUTCOMES("Making Safeguarding Personal outcomes", """
      select s.person_id, s.person_name as name, e.concluded_at as at, e.msp_outcome as k1, e.risk_outcome as k2,
        cast(null as numeric) as v, cast(null as numeric) as amount, s.raised_by as worker
      from safeguarding_enquiry e join safeguarding_concern s on s.id = e.concern_id
      where e.concluded_at >= :from and e.concluded_at < :to and e.msp_outcome is not null
      """),

  /** Requests to fund support made in the period, by level and decision; v is the days to the decision. */
  FUNDING_REQUESTS("Funding requests", """
      select a.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = a.person_id) as name, a.requested_at as at,
        coalesce(a.level, 'NOT_ROUTED') as k1, a.status as k2,
        case when a.decided_at is not null
          then (extract(epoch from a.decided_at) - extract(epoch from a.requested_at)) / 86400.0 end as v,
        case when a.status = 'APPROVED' then a.weekly_cost end as amount, a.requested_by as worker
      from authorisation_request a
      where a.requested_at >= :from and a.requested_at < :to
        and a.request_type in ('LT2_SPEND', 'LT3_SUPPORT_PLAN', 'LT1_FUNDING_CHANGE', 'REVIEW_PLAN_CHANGE')
      """),

  /**
   * Continuing health care funding flagged for recovery from the NHS as at the end of the period [T 2.56; H P4]:
   * still to recover, or invoiced by the finance team; amount is what the NHS owes. The case is the referring
   * practitioner's.
   */
  CHC_RECOVERY("Continuing health care funding to recover from the NHS", """
      select c.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = c.person_id) as name,
        c.recorded_at as at,
        case when c.invoiced_at is not null and c.invoiced_at <= :asOf then 'INVOICED' else 'TO_RECOVER' end as k1,
        cast(null as varchar(40)) as k2, cast(null as numeric) as v, c.amount_to_recover as amount,
        c.referred_by as worker
      from chc_consideration c
      where c.recovery_flagged and c.recorded_at <= :asOf
      """),

  /** Case audits completed in the period: one row per principle graded. */
  AUDIT_GRADES("Audit grades", auditGrades());

  private final String label;
  private final String sql;

  Figure(String label, String sql) {
    this.label = label;
    this.sql = sql;
  }

  public String label() {
    return label;
  }

  String sql() {
    return sql;
  }

  private static String auditGrades() {
    StringBuilder sql = new StringBuilder();
    for (String[] principle : new String[][] {{"WELLBEING", "wellbeing"}, {"KEEPING_SAFE", "keeping_safe"},
        {"PROPORTIONALITY", "proportionality"}, {"PARTNERSHIP", "partnership"},
        {"ACCOUNTABILITY", "accountability"}, {"PREVENTION", "prevention"},
        {"INFORMAL_CARERS", "informal_carers"}, {"SUPPORT_PLANNING", "support_planning"}}) {
      if (!sql.isEmpty()) {
        sql.append(" union all ");
      }
      sql.append("""
          select ca.person_id, (select p.given_name || ' ' || p.family_name from person p where p.id = ca.person_id) as name, ca.completed_at as at,
            '%1$s' as k1, ca.%2$s as k2, cast(null as numeric) as v, cast(null as numeric) as amount,
            ca.worker as worker
          from case_audit ca
          where ca.completed_at >= :from and ca.completed_at < :to and ca.%2$s is not null
          """.formatted(principle[0], principle[1]));
    }
    return sql.toString();
  }
}
