-- The complex case and risk enablement panel [C §4.2]: any member of staff refers a case with significant risk;
-- the panel advises, and the practitioner and their manager still decide. The referral, the advice and what was
-- then decided are kept with the case.
create table risk_panel_referral (
  id                 uuid primary key,
  -- The process that carries the referral; a retried step finds the row it wrote.
  process_instance_id varchar(64) not null,
  person_id          uuid not null references person (id),
  risk               varchar(4000) not null,
  tried_so_far       varchar(4000),
  persons_view       varchar(4000) not null,
  question           varchar(4000) not null,
  referred_by        varchar(100) not null,
  referred_at        timestamp with time zone not null,
  panel_met_on       date,
  advice             varchar(4000),
  advised_by         varchar(100),
  advised_at         timestamp with time zone,
  decision           varchar(4000),
  decided_by         varchar(100),
  decided_at         timestamp with time zone,
  constraint risk_panel_referral_process_unique unique (process_instance_id)
);

create index risk_panel_referral_person on risk_panel_referral (person_id, referred_at);
