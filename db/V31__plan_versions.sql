-- A plan has versions, and one is in force. Each support_plan row is a version; series_id names the plan (its
-- first version's id, which its review cycle and reviews keep); a revision is drafted as the next version and,
-- once authorised, supersedes the version in force in the same transaction. At most one version is in force per
-- person and kind of plan (adult, carer's): in_force_person_id and in_force_kind are set while a version is
-- active and empty otherwise, and are unique together.

alter table support_plan add column series_id uuid;
alter table support_plan add column version_no integer not null default 1;
alter table support_plan add column supersedes_id uuid;
alter table support_plan add column superseded_at timestamp with time zone;
alter table support_plan add column authorised_by varchar(100);
alter table support_plan add column in_force_person_id uuid;
alter table support_plan add column in_force_kind varchar(10);

update support_plan set series_id = id;
alter table support_plan alter column series_id set not null;
alter table support_plan add constraint support_plan_supersedes foreign key (supersedes_id) references support_plan (id);
alter table support_plan add constraint support_plan_series_version_unique unique (series_id, version_no);

-- Where a person already holds two active plans of one kind (a reassessment drafted a second plan instead of a
-- version), the latest authorised stays in force and the earlier ones are marked superseded.
update support_plan set status = 'SUPERSEDED', superseded_at = authorised_at
 where status = 'ACTIVE'
   and exists (select 1 from support_plan later
                where later.person_id = support_plan.person_id and later.status = 'ACTIVE'
                  and (case when later.plan_type = 'CARER_SUPPORT' then 'CARER' else 'ADULT' end)
                    = (case when support_plan.plan_type = 'CARER_SUPPORT' then 'CARER' else 'ADULT' end)
                  and (later.authorised_at > support_plan.authorised_at
                       or (later.authorised_at = support_plan.authorised_at and later.id > support_plan.id)));

update support_plan set in_force_person_id = person_id,
       in_force_kind = case when plan_type = 'CARER_SUPPORT' then 'CARER' else 'ADULT' end
 where status = 'ACTIVE';

alter table support_plan add constraint support_plan_one_in_force unique (in_force_person_id, in_force_kind);
alter table support_plan add constraint support_plan_in_force_while_active
  check ((status = 'ACTIVE' and in_force_person_id is not null and in_force_kind is not null)
      or (status <> 'ACTIVE' and in_force_person_id is null and in_force_kind is null));
create index support_plan_series on support_plan (series_id, version_no);
